import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { Permission } from '../../domain/permissions';
import type { ProtectedResource } from '../../domain/protected-resource';
import type { AccessPolicy } from './access-policy';

/**
 * Asks the policy and turns a denial into the answer the caller gets: "not found" when they may not
 * even read it (so ids of other tenants reveal nothing), "forbidden" or "suspended" otherwise.
 */
export async function requirePermission(
  policy: AccessPolicy,
  principal: Principal,
  action: Permission,
  resource: ProtectedResource,
  notFound: () => DomainError,
): Promise<Result<void, DomainError>> {
  const decision = await policy.authorize(principal, action, resource);
  if (decision.allowed) return ok(undefined);
  if (decision.reason === 'not-readable') return err(notFound());
  if (decision.reason === 'suspended') return err(AuthorizationErrors.suspended());
  return err(AuthorizationErrors.forbidden(decision.message));
}
