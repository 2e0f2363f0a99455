import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import type { Folder, FolderId } from '../../domain/workspace/folder';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { folderFor } from './folder-access';

export class GetFolder {
  constructor(
    private readonly folders: FolderRepository,
    private readonly access: WorkspaceAccess,
  ) {}

  execute(principal: Principal, id: FolderId): Promise<Result<Folder, DomainError>> {
    return folderFor(this.folders, this.access, principal, id, 'read');
  }
}
