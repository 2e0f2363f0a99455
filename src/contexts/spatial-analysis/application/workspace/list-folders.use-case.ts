import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Folder } from '../../domain/workspace/folder';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { EnsureHomeFolder } from './ensure-home-folder.use-case';

export interface ListFoldersInput {
  readonly search?: string;
  readonly page: PageRequest;
}

/** The caller's own folders; the home folder exists by the time anyone looks. */
export class ListFolders {
  constructor(
    private readonly folders: FolderRepository,
    private readonly ensureHome: EnsureHomeFolder,
  ) {}

  async execute(principal: Principal, input: ListFoldersInput): Promise<Page<Folder>> {
    await this.ensureHome.execute(principal.id);
    return this.folders.list({ ownerId: principal.id, search: input.search, page: input.page });
  }
}
