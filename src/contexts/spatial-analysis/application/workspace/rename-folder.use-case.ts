import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { renamed, type Folder, type FolderId } from '../../domain/workspace/folder';
import { FolderErrors } from '../../domain/workspace/folder.errors';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { folderFor } from './folder-access';

export class RenameFolder {
  constructor(
    private readonly folders: FolderRepository,
    private readonly access: WorkspaceAccess,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: FolderId, name: string): Promise<Result<Folder, DomainError>> {
    const found = await folderFor(this.folders, this.access, principal, id, 'update');
    if (!found.ok) return found;
    const changed = renamed(found.value, name, this.clock.now());
    if (!changed.ok) return changed;
    if (changed.value.name === found.value.name) return ok(found.value);
    const outcome = await this.folders.save(changed.value);
    return outcome === 'saved' ? ok(changed.value) : err(FolderErrors.nameTaken(changed.value.name));
  }
}
