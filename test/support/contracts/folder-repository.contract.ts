import { randomUUID } from 'node:crypto';
import { newFolder, newHomeFolder, type Folder } from '../../../src/contexts/spatial-analysis/domain/workspace/folder';
import type { FolderRepository } from '../../../src/contexts/spatial-analysis/ports/workspace/folder-repository.port';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

function folder(ownerId: string, name: string, minute = 0): Folder {
  const created = newFolder(ownerId, name, at(minute));
  if (!created.ok) throw created.error;
  return created.value;
}

/** One behaviour for every FolderRepository: the in-memory run (unit) and the PostGIS run (integration). */
export function describeFolderRepositoryContract(name: string, makeRepository: () => Promise<FolderRepository> | FolderRepository): void {
  describe(`FolderRepository contract: ${name}`, () => {
    let repository: FolderRepository;
    let owner: string;
    beforeEach(async () => {
      repository = await makeRepository();
      owner = `user-${randomUUID()}`;
    });

    it('stores and reads back a folder with every field', async () => {
      const stored = folder(owner, 'Mobility study', 1);
      expect(await repository.save(stored)).toBe('saved');
      expect(await repository.byId(stored.id)).toEqual(stored);
    });

    it('answers null for an unknown id', async () => {
      expect(await repository.byId(folder(owner, 'never saved').id)).toBeNull();
    });

    it('hands out copies: changing a read object changes nothing stored', async () => {
      const stored = folder(owner, 'Original');
      await repository.save(stored);
      const read = (await repository.byId(stored.id)) as { name: string };
      read.name = 'Changed behind its back';
      expect((await repository.byId(stored.id))?.name).toBe('Original');
    });

    it('refuses a second folder of the same name for the same owner, but not for another owner', async () => {
      await repository.save(folder(owner, 'Schools'));
      expect(await repository.save(folder(owner, 'Schools'))).toBe('name-taken');
      expect(await repository.save(folder(`other-${randomUUID()}`, 'Schools'))).toBe('saved');
    });

    it('keeps one home folder per owner', async () => {
      const home = newHomeFolder(owner, at(0));
      expect(await repository.save(home)).toBe('saved');
      expect(await repository.save(newHomeFolder(owner, at(1)))).toBe('name-taken');
      expect(await repository.homeOf(owner)).toEqual(home);
      expect(await repository.homeOf(`nobody-${randomUUID()}`)).toBeNull();
    });

    it('updates a folder saved again under the same id', async () => {
      const stored = folder(owner, 'Draft');
      await repository.save(stored);
      await repository.save({ ...stored, name: 'Final', updatedAt: at(5) });
      expect(await repository.byId(stored.id)).toMatchObject({ name: 'Final', updatedAt: at(5) });
    });

    it('lists home first, then by name, paged, only the owner\'s', async () => {
      await repository.save(folder(owner, 'b-parks'));
      await repository.save(folder(owner, 'a-schools'));
      await repository.save(newHomeFolder(owner, at(0)));
      await repository.save(folder(owner, 'c-transit'));
      await repository.save(folder(`other-${randomUUID()}`, 'a-foreign'));
      const first = await repository.list({ ownerId: owner, page: { page: 1, size: 3 } });
      expect(first.items.map((item) => item.name)).toEqual(['home', 'a-schools', 'b-parks']);
      expect(first).toMatchObject({ total: 4, page: 1, size: 3, pages: 2 });
      const second = await repository.list({ ownerId: owner, page: { page: 2, size: 3 } });
      expect(second.items.map((item) => item.name)).toEqual(['c-transit']);
    });

    it('searches names case-insensitively and literally (% and _ match themselves)', async () => {
      await repository.save(folder(owner, 'Bus Stops'));
      await repository.save(folder(owner, 'bus_depots'));
      await repository.save(folder(owner, '100% coverage'));
      await repository.save(folder(owner, 'Parks'));
      const bus = await repository.list({ ownerId: owner, search: 'BUS', page: { page: 1, size: 10 } });
      expect(bus.items.map((item) => item.name).sort()).toEqual(['Bus Stops', 'bus_depots']);
      const underscore = await repository.list({ ownerId: owner, search: '_', page: { page: 1, size: 10 } });
      expect(underscore.items.map((item) => item.name)).toEqual(['bus_depots']);
      const percent = await repository.list({ ownerId: owner, search: '%', page: { page: 1, size: 10 } });
      expect(percent.items.map((item) => item.name)).toEqual(['100% coverage']);
    });

    it('counts folders without the home folder', async () => {
      await repository.save(newHomeFolder(owner, at(0)));
      await repository.save(folder(owner, 'one'));
      await repository.save(folder(owner, 'two'));
      expect(await repository.countExcludingHome(owner)).toBe(2);
    });

    it('deletes one folder, or all of an owner', async () => {
      const kept = folder(owner, 'kept');
      const dropped = folder(owner, 'dropped');
      const foreign = folder(`other-${randomUUID()}`, 'foreign');
      for (const item of [kept, dropped, foreign]) await repository.save(item);
      await repository.delete(dropped.id);
      expect(await repository.byId(dropped.id)).toBeNull();
      expect(await repository.byId(kept.id)).not.toBeNull();
      await repository.deleteAllOf(owner);
      expect(await repository.byId(kept.id)).toBeNull();
      expect(await repository.byId(foreign.id)).not.toBeNull();
    });
  });
}
