import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { WorkspaceContents } from './erase-workspace-contents';

/** When an account is deleted, nothing of its workspace may remain. */
export class EraseUserWorkspace {
  constructor(
    private readonly folders: FolderRepository,
    private readonly contents?: WorkspaceContents,
  ) {}

  async execute(userId: string): Promise<void> {
    await this.contents?.eraseOwner(userId);
    await this.folders.deleteAllOf(userId);
  }
}
