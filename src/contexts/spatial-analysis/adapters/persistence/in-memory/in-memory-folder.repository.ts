import { pageInMemory, type Page } from '../../../../../shared-kernel/paging';
import type { Folder, FolderId } from '../../../domain/workspace/folder';
import type { FolderQuery, FolderRepository, FolderSaveOutcome } from '../../../ports/workspace/folder-repository.port';

const byHomeThenName = (a: Folder, b: Folder): number =>
  Number(b.isHome) - Number(a.isHome) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1);

/** Keeps copies, so a caller's object never changes stored state without `save`. */
export class InMemoryFolderRepository implements FolderRepository {
  private readonly rows = new Map<string, Folder>();

  async byId(id: FolderId): Promise<Folder | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async homeOf(ownerId: string): Promise<Folder | null> {
    const home = [...this.rows.values()].find((folder) => folder.ownerId === ownerId && folder.isHome);
    return home ? structuredClone(home) : null;
  }

  async list(query: FolderQuery): Promise<Page<Folder>> {
    const needle = query.search?.toLowerCase();
    const matching = [...this.rows.values()]
      .filter((folder) => folder.ownerId === query.ownerId)
      .filter((folder) => !needle || folder.name.toLowerCase().includes(needle))
      .sort(byHomeThenName)
      .map((folder) => structuredClone(folder));
    return pageInMemory(matching, query.page);
  }

  async countExcludingHome(ownerId: string): Promise<number> {
    return [...this.rows.values()].filter((folder) => folder.ownerId === ownerId && !folder.isHome).length;
  }

  async save(folder: Folder): Promise<FolderSaveOutcome> {
    const clash = [...this.rows.values()].some(
      (other) => other.ownerId === folder.ownerId && other.id !== folder.id && (other.name === folder.name || (other.isHome && folder.isHome)),
    );
    if (clash) return 'name-taken';
    this.rows.set(folder.id, structuredClone(folder));
    return 'saved';
  }

  async delete(id: FolderId): Promise<void> {
    this.rows.delete(id);
  }

  async deleteAllOf(ownerId: string): Promise<void> {
    for (const [id, folder] of this.rows) if (folder.ownerId === ownerId) this.rows.delete(id);
  }
}
