import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { OrganizationId } from '../../domain/organization';
import type { AuditLog } from '../../ports/audit-log.port';
import type { GrantRepository } from '../../ports/grant-repository.port';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

/** Owner only. Everything the organization held here goes with it: members, teams, shares, plan, log. */
export class DeleteOrganization {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly teams: TeamRepository,
    private readonly grants: GrantRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly audit: AuditLog,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(principal: Principal, id: OrganizationId): Promise<Result<void, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'delete-organization', { type: 'organization', id }, AuthorizationErrors.organizationNotFound);
    if (!allowed.ok) return allowed;
    const { organizations, invitations, teams, grants, subscriptions, audit } = this;
    await removeOrganization(id, { organizations, invitations, teams, grants, subscriptions, audit });
    return ok(undefined);
  }
}

export async function removeOrganization(
  id: OrganizationId,
  stores: {
    organizations: OrganizationRepository;
    invitations: InvitationRepository;
    teams: TeamRepository;
    grants: GrantRepository;
    subscriptions: SubscriptionRepository;
    audit: AuditLog;
  },
): Promise<void> {
  for (const teamId of await stores.teams.deleteAllOf(id)) await stores.grants.deleteForGrantee({ kind: 'team', id: teamId });
  await stores.grants.deleteForGrantee({ kind: 'organization', id });
  await stores.invitations.deleteAllOf(id);
  await stores.subscriptions.delete({ kind: 'organization', id });
  await stores.audit.deleteOfOrganization(id);
  await stores.organizations.delete(id);
}
