import type { AuditLog } from '../../ports/audit-log.port';
import type { GrantRepository } from '../../ports/grant-repository.port';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';
import { removeOrganization } from '../organizations/delete-organization.use-case';
import { freeSeat } from '../organizations/seats';

/**
 * A deleted account leaves nothing here: memberships, teams, shares to and of them, invitations,
 * their personal allowance; the log keeps the actions without the name. An organization they owned
 * passes to its highest-ranking remaining member, or goes when nobody remains.
 */
export class EraseUserAuthorization {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly teams: TeamRepository,
    private readonly grants: GrantRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly audit: AuditLog,
  ) {}

  async execute(userId: string): Promise<void> {
    const membership = await this.organizations.membershipOf(userId);
    if (membership) {
      const id = membership.organizationId;
      const others = (await this.organizations.members(id, { page: 1, size: 2 })).items.filter((m) => m.userId !== userId);
      if (membership.role === 'organization-owner' && others.length === 0) {
        const { organizations, invitations, teams, grants, subscriptions, audit } = this;
        await removeOrganization(id, { organizations, invitations, teams, grants, subscriptions, audit });
      } else {
        if (membership.role === 'organization-owner') await this.organizations.transferOwnership(id, userId, others[0].userId);
        await this.organizations.removeMember(id, userId);
        await freeSeat(this.subscriptions, id, membership.role === 'organization-owner' ? 'organization-admin' : membership.role);
      }
      if (membership.email) await this.invitations.deleteAllForEmail(membership.email);
    }
    await this.teams.eraseUser(userId);
    await this.grants.eraseUser(userId);
    await this.subscriptions.delete({ kind: 'personal', id: userId });
    await this.audit.anonymiseActor(userId);
  }
}
