import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { Folder, FolderId } from '../../domain/workspace/folder';
import { FolderErrors } from '../../domain/workspace/folder.errors';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { WorkspaceAccess, WorkspaceAction } from '../../ports/workspace-access.port';

/**
 * Loads a folder the principal may act on. A folder they may not read answers "not found", so ids
 * of other users' folders reveal nothing; readable but not changeable answers "forbidden".
 */
export async function folderFor(
  folders: FolderRepository,
  access: WorkspaceAccess,
  principal: Principal,
  id: FolderId,
  action: WorkspaceAction,
): Promise<Result<Folder, DomainError>> {
  const folder = await folders.byId(id);
  if (!folder) return err(FolderErrors.notFound());
  const resource = { type: 'folder' as const, id: folder.id, ownerId: folder.ownerId };
  if (!(await access.decide(principal, 'read', resource)).allowed) return err(FolderErrors.notFound());
  if (action !== 'read' && !(await access.decide(principal, action, resource)).allowed) return err(FolderErrors.forbidden());
  return ok(folder);
}
