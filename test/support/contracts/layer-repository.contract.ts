import type { FolderId } from '../../../src/contexts/spatial-analysis/domain/workspace/folder';
import type { LayerRepository } from '../../../src/contexts/spatial-analysis/ports/layers/layer-repository.port';
import { aLayer, at, someOwner } from './workspace-mothers';

export function describeLayerRepositoryContract(
  name: string,
  makeRepository: () => Promise<LayerRepository> | LayerRepository,
  folderFor: (ownerId: string) => Promise<FolderId>,
): void {
  describe(`LayerRepository contract: ${name}`, () => {
    let repository: LayerRepository;
    let owner: string;
    let folder: FolderId;
    beforeEach(async () => {
      repository = await makeRepository();
      owner = someOwner();
      folder = await folderFor(owner);
    });

    it('stores and reads back a layer with every field, extent included', async () => {
      const layer = { ...aLayer(owner, folder), properties: { color: [1, 2, 3] }, otherProperties: { legend: true }, jobId: null, dataReferenceYear: 2024 };
      await repository.save(layer);
      expect(await repository.byId(layer.id)).toEqual(layer);
      expect(await repository.byIds([layer.id, 'f0000000-0000-7000-8000-000000000000'])).toEqual([layer]);
    });

    it('stores raster and table layers', async () => {
      const raster = aLayer(owner, folder, { type: 'raster', url: 'https://tiles.example.org/{z}/{x}/{y}.png', dataType: 'xyz', data: undefined });
      const table = aLayer(owner, folder, { type: 'table', geometryType: null });
      await repository.save(raster);
      await repository.save(table);
      expect(await repository.byId(raster.id)).toEqual(raster);
      expect(await repository.byId(table.id)).toEqual(table);
      expect(raster.geometryType).toBeNull();
      expect(table.featureLayerType).toBeNull();
    });

    it('lists newest first with folder, type, feature-layer-type and search filters, paged', async () => {
      const other = await folderFor(owner);
      await repository.save(aLayer(owner, folder, { metadata: { name: 'Schools' } }, 1));
      await repository.save(aLayer(owner, folder, { metadata: { name: 'School_districts' }, type: 'table' }, 2));
      await repository.save(aLayer(owner, other, { metadata: { name: 'Catchment' }, featureLayerType: 'tool' }, 3));
      await repository.save(aLayer(someOwner(), await folderFor(someOwner()), { metadata: { name: 'Schools foreign' } }, 4));
      const page = await repository.list({ ownerId: owner, page: { page: 1, size: 2 } });
      expect(page.items.map((layer) => layer.name)).toEqual(['Catchment', 'School_districts']);
      expect(page).toMatchObject({ total: 3, pages: 2 });
      expect((await repository.list({ ownerId: owner, folderId: other, page: { page: 1, size: 9 } })).items.map((l) => l.name)).toEqual(['Catchment']);
      expect((await repository.list({ ownerId: owner, types: ['table'], page: { page: 1, size: 9 } })).items.map((l) => l.name)).toEqual(['School_districts']);
      expect((await repository.list({ ownerId: owner, featureLayerTypes: ['tool'], page: { page: 1, size: 9 } })).items.map((l) => l.name)).toEqual(['Catchment']);
      expect((await repository.list({ ownerId: owner, search: 'school', page: { page: 1, size: 9 } })).total).toBe(2);
      expect((await repository.list({ ownerId: owner, search: '_', page: { page: 1, size: 9 } })).items.map((l) => l.name)).toEqual(['School_districts']);
    });

    it('updates, deletes, finds ids and sums the owner\'s storage', async () => {
      const a = aLayer(owner, folder, {}, 1);
      const b = aLayer(owner, await folderFor(owner), {}, 2);
      await repository.save(a);
      await repository.save(b);
      await repository.save({ ...a, name: 'Renamed', updatedAt: at(7) });
      expect((await repository.byId(a.id))?.name).toBe('Renamed');
      expect(await repository.idsInFolder(folder)).toEqual([a.id]);
      expect((await repository.idsOwnedBy(owner)).sort()).toEqual([a.id, b.id].sort());
      expect(await repository.storageUsedBy(owner)).toBe(2 * 8192);
      await repository.delete(a.id);
      expect(await repository.byId(a.id)).toBeNull();
      expect(await repository.storageUsedBy(owner)).toBe(8192);
    });

    it('lists also what was shared with the owner, by id or by folder, the other filters still applying', async () => {
      const other = someOwner();
      const otherFolder = await folderFor(other);
      const secondFolder = await folderFor(other);
      const mine = aLayer(owner, folder, { metadata: { name: 'Mine' } }, 1);
      const sharedById = aLayer(other, secondFolder, { metadata: { name: 'Shared' } }, 2);
      const inSharedFolder = aLayer(other, otherFolder, { metadata: { name: 'In folder' } }, 3);
      const notShared = aLayer(other, secondFolder, { metadata: { name: 'Private' } }, 4);
      for (const l of [mine, sharedById, inSharedFolder, notShared]) await repository.save(l);
      const page = { page: 1, size: 10 };
      const listed = await repository.list({ ownerId: owner, sharedWithCaller: { ids: [sharedById.id], folderIds: [otherFolder] }, page });
      expect(listed.items.map((l) => l.name)).toEqual(['In folder', 'Shared', 'Mine']);
      expect(listed.total).toBe(3);
      const filtered = await repository.list({ ownerId: owner, sharedWithCaller: { ids: [sharedById.id], folderIds: [otherFolder] }, folderId: otherFolder, page });
      expect(filtered.items.map((l) => l.name)).toEqual(['In folder']);
    });
  });
}
