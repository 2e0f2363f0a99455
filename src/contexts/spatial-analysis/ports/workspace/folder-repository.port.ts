import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Folder, FolderId } from '../../domain/workspace/folder';

export interface FolderQuery {
  readonly ownerId: string;
  /** Case-insensitive part of the name. */
  readonly search?: string;
  readonly page: PageRequest;
}

/** `name-taken`: another folder of the owner has that name (checked by the store itself, race-free). */
export type FolderSaveOutcome = 'saved' | 'name-taken';

export interface FolderRepository {
  byId(id: FolderId): Promise<Folder | null>;
  homeOf(ownerId: string): Promise<Folder | null>;
  /** Home folder first, then by name. */
  list(query: FolderQuery): Promise<Page<Folder>>;
  countExcludingHome(ownerId: string): Promise<number>;
  save(folder: Folder): Promise<FolderSaveOutcome>;
  delete(id: FolderId): Promise<void>;
  deleteAllOf(ownerId: string): Promise<void>;
}

export const FOLDER_REPOSITORY: unique symbol = Symbol('FolderRepository');
