import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { auditEntry } from '../../domain/audit-entry';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { answered, checkOpen, type InvitationId } from '../../domain/invitation';
import type { Membership } from '../../domain/organization';
import type { AuditLog } from '../../ports/audit-log.port';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import { freeSeat, takeSeat } from '../organizations/seats';
import { invitationFor } from './organization-invitation';

/** The invitee joins with the invited role, if a seat of the plan is free. */
export class AcceptInvitation {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: InvitationId): Promise<Result<Membership, DomainError>> {
    const found = await invitationFor(this.invitations, principal, id);
    if (!found.ok) return found;
    const now = this.clock.now();
    const open = checkOpen(found.value, now);
    if (!open.ok) return open;
    const invitation = open.value;
    if (!(await this.organizations.byId(invitation.organizationId))) return err(AuthorizationErrors.invitationNotFound());
    const current = await this.organizations.membershipOf(principal.id);
    if (current) {
      return err(current.organizationId === invitation.organizationId ? AuthorizationErrors.alreadyMember() : AuthorizationErrors.alreadyInOrganization());
    }
    const seat = await takeSeat(this.subscriptions, invitation.organizationId, invitation.role);
    if (!seat.ok) return seat;
    const membership: Membership = { organizationId: invitation.organizationId, userId: principal.id, email: invitation.email, role: invitation.role, joinedAt: now };
    if ((await this.organizations.addMember(membership)) === 'already-in-organization') {
      await freeSeat(this.subscriptions, invitation.organizationId, invitation.role);
      return err(AuthorizationErrors.alreadyInOrganization());
    }
    await this.invitations.save(answered(invitation, 'accepted', now));
    await this.audit.record(
      auditEntry({ organizationId: invitation.organizationId, actorId: principal.id, action: 'member-added', subject: `user:${principal.id}`, details: { role: invitation.role, invitation_id: invitation.id } }, now),
    );
    return ok(membership);
  }
}
