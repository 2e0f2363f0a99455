import { DEFAULT_INITIAL_VIEW_STATE } from '../../../src/contexts/spatial-analysis/domain/projects/initial-view-state';
import type { ProjectRepository } from '../../../src/contexts/spatial-analysis/ports/projects/project-repository.port';
import type { FolderId } from '../../../src/contexts/spatial-analysis/domain/workspace/folder';
import { aProject, at, someOwner } from './workspace-mothers';

/**
 * One behaviour for every ProjectRepository. `folderFor(owner)` gives a folder id the store accepts
 * (PostGIS checks the foreign key; memory takes any).
 */
export function describeProjectRepositoryContract(
  name: string,
  makeRepository: () => Promise<ProjectRepository> | ProjectRepository,
  folderFor: (ownerId: string) => Promise<FolderId>,
): void {
  describe(`ProjectRepository contract: ${name}`, () => {
    let repository: ProjectRepository;
    let owner: string;
    let folder: FolderId;
    beforeEach(async () => {
      repository = await makeRepository();
      owner = someOwner();
      folder = await folderFor(owner);
    });

    it('stores and reads back a project with every field', async () => {
      const project = { ...aProject(owner, folder), layerOrder: [3, 1, 2], builderConfig: { panels: [{ type: 'legend' }] }, thumbnailUrl: 'https://example.org/t.png' };
      await repository.save(project);
      expect(await repository.byId(project.id)).toEqual(project);
    });

    it('answers null for an unknown id and hands out copies', async () => {
      const project = aProject(owner, folder, 'Original');
      expect(await repository.byId(project.id)).toBeNull();
      await repository.save(project);
      const read = (await repository.byId(project.id)) as { name: string };
      read.name = 'Changed behind its back';
      expect((await repository.byId(project.id))?.name).toBe('Original');
    });

    it('updates a project saved again', async () => {
      const project = aProject(owner, folder);
      await repository.save(project);
      await repository.save({ ...project, name: 'Renamed', layerOrder: [7], updatedAt: at(9) });
      expect(await repository.byId(project.id)).toMatchObject({ name: 'Renamed', layerOrder: [7], updatedAt: at(9) });
    });

    it('lists the owner\'s projects newest first, paged, filtered by folder and case-insensitive literal search', async () => {
      const other = await folderFor(owner);
      await repository.save(aProject(owner, folder, 'Bus 100%', 1));
      await repository.save(aProject(owner, folder, 'bus_lanes', 2));
      await repository.save(aProject(owner, other, 'Parks', 3));
      await repository.save(aProject(someOwner(), await folderFor(someOwner()), 'Bus foreign', 4));
      const all = await repository.list({ ownerId: owner, page: { page: 1, size: 2 } });
      expect(all.items.map((p) => p.name)).toEqual(['Parks', 'bus_lanes']);
      expect(all).toMatchObject({ total: 3, page: 1, size: 2, pages: 2 });
      expect((await repository.list({ ownerId: owner, folderId: folder, page: { page: 1, size: 10 } })).total).toBe(2);
      expect((await repository.list({ ownerId: owner, search: 'BUS', page: { page: 1, size: 10 } })).items.map((p) => p.name)).toEqual(['bus_lanes', 'Bus 100%']);
      expect((await repository.list({ ownerId: owner, search: '%', page: { page: 1, size: 10 } })).items.map((p) => p.name)).toEqual(['Bus 100%']);
      expect((await repository.list({ ownerId: owner, search: '_', page: { page: 1, size: 10 } })).items.map((p) => p.name)).toEqual(['bus_lanes']);
    });

    it('keeps one initial view state per user and project, removed with the project', async () => {
      const project = aProject(owner, folder);
      await repository.save(project);
      expect(await repository.viewStateOf(project.id, owner)).toBeNull();
      const mine = { ...DEFAULT_INITIAL_VIEW_STATE, latitude: 43.73, longitude: 7.42, zoom: 14 };
      await repository.saveViewState(project.id, owner, mine);
      await repository.saveViewState(project.id, 'someone-else', DEFAULT_INITIAL_VIEW_STATE);
      await repository.saveViewState(project.id, owner, { ...mine, zoom: 15.5 });
      expect(await repository.viewStateOf(project.id, owner)).toEqual({ ...mine, zoom: 15.5 });
      expect(await repository.viewStateOf(project.id, 'someone-else')).toEqual(DEFAULT_INITIAL_VIEW_STATE);
      await repository.delete(project.id);
      expect(await repository.byId(project.id)).toBeNull();
      expect(await repository.viewStateOf(project.id, owner)).toBeNull();
    });

    it('finds ids by folder and by owner', async () => {
      const a = aProject(owner, folder, 'a');
      const b = aProject(owner, await folderFor(owner), 'b');
      await repository.save(a);
      await repository.save(b);
      expect(await repository.idsInFolder(folder)).toEqual([a.id]);
      expect((await repository.idsOwnedBy(owner)).sort()).toEqual([a.id, b.id].sort());
    });

    it('lists also what was shared with the owner, by id or by folder, the other filters still applying', async () => {
      const other = someOwner();
      const otherFolder = await folderFor(other);
      const secondFolder = await folderFor(other);
      const mine = aProject(owner, folder, 'Mine walk');
      const sharedById = aProject(other, secondFolder, 'Shared walk');
      const inSharedFolder = aProject(other, otherFolder, 'Folder walk');
      const notShared = aProject(other, secondFolder, 'Private walk');
      for (const p of [mine, sharedById, inSharedFolder, notShared]) await repository.save(p);
      const shared = { ids: [sharedById.id], folderIds: [otherFolder] };
      const page = { page: 1, size: 10 };
      const names = async (query: { search?: string; folderId?: string }) =>
        (await repository.list({ ownerId: owner, sharedWithCaller: shared, page, ...query })).items.map((p) => p.name).sort();
      expect(await names({})).toEqual(['Folder walk', 'Mine walk', 'Shared walk']);
      expect(await names({ folderId: otherFolder })).toEqual(['Folder walk']);
      expect(await names({ search: 'shared' })).toEqual(['Shared walk']);
      expect((await repository.list({ ownerId: owner, sharedWithCaller: { ids: [], folderIds: [] }, page })).total).toBe(1);
    });
  });
}
