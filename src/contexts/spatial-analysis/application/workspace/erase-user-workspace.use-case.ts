import type { FolderRepository } from '../../ports/workspace/folder-repository.port';

/** When an account is deleted, nothing of its workspace may remain. */
export class EraseUserWorkspace {
  constructor(private readonly folders: FolderRepository) {}

  async execute(userId: string): Promise<void> {
    await this.folders.deleteAllOf(userId);
  }
}
