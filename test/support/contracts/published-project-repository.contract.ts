import type { Layer } from '../../../src/contexts/spatial-analysis/domain/layers/layer';
import type { Project } from '../../../src/contexts/spatial-analysis/domain/projects/project';
import type { PublishedProjectRepository } from '../../../src/contexts/spatial-analysis/ports/projects/published-project-repository.port';
import { at } from './workspace-mothers';

export function describePublishedProjectRepositoryContract(
  name: string,
  makeRepository: () => Promise<PublishedProjectRepository> | PublishedProjectRepository,
  fixture: () => Promise<{ project: Project; layer: Layer }>,
): void {
  describe(`PublishedProjectRepository contract: ${name}`, () => {
    it('keeps a frozen snapshot, replaced when published again, gone when withdrawn', async () => {
      const repository = await makeRepository();
      const { project, layer } = await fixture();
      expect(await repository.byProject(project.id)).toBeNull();
      const placement = { id: 7, projectId: project.id, layerId: layer.id, name: 'Schools', group: null, properties: { color: [1, 2, 3] }, otherProperties: {}, query: null, charts: null, createdAt: at(1), updatedAt: at(2) };
      const first = { projectId: project.id, ownerId: project.ownerId, project, layers: [{ placement, layer }], publishedAt: at(3) };
      await repository.save(first);
      expect(await repository.byProject(project.id)).toEqual(first);
      const second = { ...first, project: { ...project, name: 'Published again' }, layers: [], publishedAt: at(4) };
      await repository.save(second);
      expect(await repository.byProject(project.id)).toEqual(second);
      await repository.delete(project.id);
      expect(await repository.byProject(project.id)).toBeNull();
    });

    it('tells whether a layer is shown by some published snapshot', async () => {
      const repository = await makeRepository();
      const { project, layer } = await fixture();
      const placement = { id: 8, projectId: project.id, layerId: layer.id, name: 'Stops', group: null, properties: {}, otherProperties: {}, query: null, charts: null, createdAt: at(1), updatedAt: at(2) };
      expect(await repository.publishesLayer(layer.id)).toBe(false);
      await repository.save({ projectId: project.id, ownerId: project.ownerId, project, layers: [{ placement, layer }], publishedAt: at(3) });
      expect(await repository.publishesLayer(layer.id)).toBe(true);
      expect(await repository.publishesLayer('01900000-0000-7000-8000-0000000000ff' as typeof layer.id)).toBe(false);
      await repository.delete(project.id);
      expect(await repository.publishesLayer(layer.id)).toBe(false);
    });
  });
}
