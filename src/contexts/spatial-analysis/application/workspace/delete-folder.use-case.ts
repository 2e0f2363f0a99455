import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { checkDeletable, type FolderId } from '../../domain/workspace/folder';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { folderFor } from './folder-access';
import type { WorkspaceContents } from './erase-workspace-contents';

export class DeleteFolder {
  constructor(
    private readonly folders: FolderRepository,
    private readonly access: WorkspaceAccess,
    private readonly contents?: WorkspaceContents,
  ) {}

  async execute(principal: Principal, id: FolderId): Promise<Result<void, DomainError>> {
    const found = await folderFor(this.folders, this.access, principal, id, 'delete');
    if (!found.ok) return found;
    const deletable = checkDeletable(found.value);
    if (!deletable.ok) return deletable;
    await this.contents?.eraseFolder(id);
    await this.folders.delete(id);
    await this.access.forget({ type: 'folder', id });
    return ok(undefined);
  }
}
