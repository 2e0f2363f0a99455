import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { WorkspaceItem } from '../../domain/protected-resource';
import type { ResourceType } from '../../domain/roles';
import type { WorkspaceItemDirectory } from '../../ports/workspace-item-directory.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

/** A folder, project or layer whose shares the caller may manage (its owner, or a superuser). */
export async function sharedItem(
  directory: WorkspaceItemDirectory,
  policy: AccessPolicy,
  principal: Principal,
  type: ResourceType,
  id: string,
): Promise<Result<WorkspaceItem, DomainError>> {
  const item = await directory.describe(type, id);
  if (!item) return err(AuthorizationErrors.resourceNotFound());
  const allowed = await requirePermission(policy, principal, `share-${type}`, item, AuthorizationErrors.resourceNotFound);
  return allowed.ok ? ok(item) : allowed;
}
