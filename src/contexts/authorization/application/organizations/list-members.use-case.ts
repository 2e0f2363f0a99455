import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { Invitation } from '../../domain/invitation';
import type { Membership, OrganizationId } from '../../domain/organization';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

export interface MemberList {
  readonly members: Page<Membership>;
  /** Pending invitations, when asked for. */
  readonly invitations: Invitation[];
}

export class ListMembers {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(principal: Principal, id: OrganizationId, page: PageRequest, includeInvitations: boolean): Promise<Result<MemberList, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'read-organization', { type: 'organization', id }, AuthorizationErrors.organizationNotFound);
    if (!allowed.ok) return allowed;
    const members = await this.organizations.members(id, page);
    const invitations = includeInvitations ? await this.invitations.ofOrganization(id, 'pending') : [];
    return ok({ members, invitations });
  }
}
