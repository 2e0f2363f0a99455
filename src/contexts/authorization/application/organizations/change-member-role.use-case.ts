import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { auditEntry } from '../../domain/audit-entry';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { checkRoleChange, type Membership, type OrganizationId } from '../../domain/organization';
import type { OrganizationRole } from '../../domain/roles';
import type { AuditLog } from '../../ports/audit-log.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';
import { moveSeat } from './seats';

export class ChangeMemberRole {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly audit: AuditLog,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: OrganizationId, userId: string, role: OrganizationRole): Promise<Result<Membership, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'manage-members', { type: 'organization', id }, AuthorizationErrors.organizationNotFound);
    if (!allowed.ok) return allowed;
    const [actor, target] = await Promise.all([this.organizations.membershipOf(principal.id), this.organizations.membershipOf(userId)]);
    if (!target || target.organizationId !== id) return err(AuthorizationErrors.memberNotFound());
    // A superuser acting from outside ranks as an owner.
    const acting: Membership = actor?.organizationId === id ? actor : { ...target, userId: principal.id, role: 'organization-owner' };
    const permitted = checkRoleChange(acting, target, role);
    if (!permitted.ok) return permitted;
    if (target.role === role) return ok(target);
    const seat = await moveSeat(this.subscriptions, id, target.role, role);
    if (!seat.ok) return seat;
    await this.organizations.changeRole(id, userId, role);
    await this.audit.record(
      auditEntry({ organizationId: id, actorId: principal.id, action: 'member-role-changed', subject: `user:${userId}`, details: { from: target.role, to: role } }, this.clock.now()),
    );
    return ok({ ...target, role });
  }
}
