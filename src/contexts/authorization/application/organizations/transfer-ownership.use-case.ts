import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { auditEntry } from '../../domain/audit-entry';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { OrganizationId } from '../../domain/organization';
import type { AuditLog } from '../../ports/audit-log.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';
import { moveSeat } from './seats';

/** The owner hands over to another member and stays on as admin. */
export class TransferOwnership {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly audit: AuditLog,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: OrganizationId, userId: string): Promise<Result<void, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'transfer-ownership', { type: 'organization', id }, AuthorizationErrors.organizationNotFound);
    if (!allowed.ok) return allowed;
    const target = await this.organizations.membershipOf(userId);
    if (!target || target.organizationId !== id) return err(AuthorizationErrors.memberNotFound());
    const owner = (await this.organizations.members(id, { page: 1, size: 1 })).items.find((m) => m.role === 'organization-owner');
    if (!owner || owner.userId === userId) return ok(undefined);
    const seat = await moveSeat(this.subscriptions, id, target.role, 'organization-owner');
    if (!seat.ok) return seat;
    await this.organizations.transferOwnership(id, owner.userId, userId);
    await this.audit.record(
      auditEntry({ organizationId: id, actorId: principal.id, action: 'ownership-transferred', subject: `user:${userId}`, details: { from: owner.userId } }, this.clock.now()),
    );
    return ok(undefined);
  }
}
