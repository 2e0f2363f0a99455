import { MAX_FOLDERS_PER_USER } from '../../domain/workspace/folder-limits';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import type { WorkspaceContents } from './erase-workspace-contents';

/** When an account is deleted, nothing of its workspace may remain. */
export class EraseUserWorkspace {
  constructor(
    private readonly folders: FolderRepository,
    private readonly contents?: WorkspaceContents,
    private readonly access?: WorkspaceAccess,
  ) {}

  async execute(userId: string): Promise<void> {
    await this.contents?.eraseOwner(userId);
    // The home folder and at most MAX_FOLDERS_PER_USER others: one page holds them all.
    const folders = await this.folders.list({ ownerId: userId, page: { page: 1, size: MAX_FOLDERS_PER_USER + 1 } });
    await this.folders.deleteAllOf(userId);
    for (const folder of folders.items) await this.access?.forget({ type: 'folder', id: folder.id });
  }
}
