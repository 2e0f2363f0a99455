import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { OrganizationId } from '../../domain/organization';
import { seatOf, type OrganizationRole } from '../../domain/roles';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';

/** Members occupy editor or viewer seats of the plan; a seat is taken atomically, like any quota. */
export async function takeSeat(
  subscriptions: SubscriptionRepository,
  organizationId: OrganizationId,
  role: OrganizationRole,
): Promise<Result<void, DomainError>> {
  const outcome = await subscriptions.reserve({ kind: 'organization', id: organizationId }, seatOf(role), 1);
  if (outcome.outcome === 'suspended') return err(AuthorizationErrors.suspended());
  if (outcome.outcome === 'exceeded') return err(AuthorizationErrors.quotaExceeded(seatOf(role), outcome.total, outcome.used));
  return ok(undefined);
}

export const freeSeat = (subscriptions: SubscriptionRepository, organizationId: OrganizationId, role: OrganizationRole): Promise<void> =>
  subscriptions.release({ kind: 'organization', id: organizationId }, seatOf(role), 1);

/** Moving between an editor and a viewer role moves the seat too. */
export async function moveSeat(
  subscriptions: SubscriptionRepository,
  organizationId: OrganizationId,
  from: OrganizationRole,
  to: OrganizationRole,
): Promise<Result<void, DomainError>> {
  if (seatOf(from) === seatOf(to)) return ok(undefined);
  const taken = await takeSeat(subscriptions, organizationId, to);
  if (!taken.ok) return taken;
  await freeSeat(subscriptions, organizationId, from);
  return ok(undefined);
}
