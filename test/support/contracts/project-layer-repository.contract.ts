import type { ProjectLayerDraft } from '../../../src/contexts/spatial-analysis/domain/projects/project-layer';
import type { ProjectId } from '../../../src/contexts/spatial-analysis/domain/projects/project';
import type { ProjectLayerRepository } from '../../../src/contexts/spatial-analysis/ports/projects/project-layer-repository.port';
import { at } from './workspace-mothers';

export interface PlacementFixture {
  /** A project id and two layer ids the store accepts (PostGIS checks foreign keys). */
  make(): Promise<{ projectId: ProjectId; layerIds: [string, string] }>;
}

const draft = (projectId: ProjectId, layerId: string, name: string): ProjectLayerDraft => ({
  projectId,
  layerId,
  name,
  group: null,
  properties: { color: [1, 2, 3], radius: 5 },
  otherProperties: {},
  query: null,
  charts: null,
  createdAt: at(0),
  updatedAt: at(0),
});

export function describeProjectLayerRepositoryContract(name: string, makeRepository: () => Promise<ProjectLayerRepository> | ProjectLayerRepository, fixture: PlacementFixture): void {
  describe(`ProjectLayerRepository contract: ${name}`, () => {
    let repository: ProjectLayerRepository;
    beforeEach(async () => {
      repository = await makeRepository();
    });

    it('hands out increasing integer layer_project_ids in the order given', async () => {
      const { projectId, layerIds } = await fixture.make();
      const added = await repository.add([draft(projectId, layerIds[0], 'Schools'), draft(projectId, layerIds[1], 'Parks')]);
      expect(added.map((placement) => placement.name)).toEqual(['Schools', 'Parks']);
      expect(Number.isInteger(added[0].id)).toBe(true);
      expect(added[1].id).toBeGreaterThan(added[0].id);
      expect(await repository.byId(added[0].id)).toEqual(added[0]);
      expect(await repository.ofProject(projectId)).toEqual(added);
      expect(await repository.countInProject(projectId)).toBe(2);
    });

    it('saves changes to style, filter, group and name', async () => {
      const { projectId, layerIds } = await fixture.make();
      const [placement] = await repository.add([draft(projectId, layerIds[0], 'Schools')]);
      const changed = { ...placement, name: 'Primary schools', group: 'Education', properties: { color: [9, 9, 9] }, query: { op: '=', args: [{ property: 'kind' }, 'primary'] }, charts: { type: 'bar' }, updatedAt: at(5) };
      await repository.save(changed);
      expect(await repository.byId(placement.id)).toEqual(changed);
    });

    it('deletes one placement, all of a layer, or all of a project', async () => {
      const { projectId, layerIds } = await fixture.make();
      const other = await fixture.make();
      const [a, b] = await repository.add([draft(projectId, layerIds[0], 'a'), draft(projectId, layerIds[1], 'b')]);
      const [c] = await repository.add([draft(other.projectId, other.layerIds[0], 'c')]);
      await repository.delete(a.id);
      expect(await repository.byId(a.id)).toBeNull();
      expect(await repository.deleteAllOfLayer(layerIds[1])).toEqual([b]);
      expect(await repository.byId(b.id)).toBeNull();
      expect(await repository.deleteAllOfLayer(layerIds[1])).toEqual([]);
      await repository.deleteAllOfProject(other.projectId);
      expect(await repository.byId(c.id)).toBeNull();
      expect(await repository.byId(999_999_999)).toBeNull();
    });
  });
}
