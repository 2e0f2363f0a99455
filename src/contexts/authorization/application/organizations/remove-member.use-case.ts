import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { auditEntry } from '../../domain/audit-entry';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { checkRemoval, type Membership, type OrganizationId } from '../../domain/organization';
import type { AuditLog } from '../../ports/audit-log.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';
import { freeSeat } from './seats';

/** An admin removes a member, or a member leaves; their places in the organization's teams go too. */
export class RemoveMember {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly teams: TeamRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly audit: AuditLog,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: OrganizationId, userId: string): Promise<Result<void, DomainError>> {
    const leaving = principal.id === userId;
    const allowed = await requirePermission(this.policy, principal, leaving ? 'read-organization' : 'manage-members', { type: 'organization', id }, AuthorizationErrors.organizationNotFound);
    if (!allowed.ok) return allowed;
    const [actor, target] = await Promise.all([this.organizations.membershipOf(principal.id), this.organizations.membershipOf(userId)]);
    if (!target || target.organizationId !== id) return err(AuthorizationErrors.memberNotFound());
    const acting: Membership = actor?.organizationId === id ? actor : { ...target, userId: principal.id, role: 'organization-owner' };
    const permitted = checkRemoval(acting, target);
    if (!permitted.ok) return permitted;
    await this.organizations.removeMember(id, userId);
    await this.teams.leaveTeamsOf(id, userId);
    await freeSeat(this.subscriptions, id, target.role);
    await this.audit.record(
      auditEntry({ organizationId: id, actorId: principal.id, action: 'member-removed', subject: `user:${userId}`, details: { role: target.role } }, this.clock.now()),
    );
    return ok(undefined);
  }
}
