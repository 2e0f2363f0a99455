import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { newInvitation, normalisedEmail, type Invitation } from '../../domain/invitation';
import { checkInvitableRole, type Membership, type OrganizationId } from '../../domain/organization';
import type { OrganizationRole } from '../../domain/roles';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import type { InviteeDirectory } from '../../ports/invitee-directory.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

export interface InviteMemberInput {
  readonly email: string;
  readonly role: OrganizationRole;
  readonly expiresAt?: Date;
}

/** An admin invites by e-mail; an address unknown to the identity provider gets an account there. */
export class InviteMember {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly invitees: InviteeDirectory,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: OrganizationId, input: InviteMemberInput): Promise<Result<Invitation, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'manage-members', { type: 'organization', id }, AuthorizationErrors.organizationNotFound);
    if (!allowed.ok) return allowed;
    const actor = await this.organizations.membershipOf(principal.id);
    const acting: Membership | null = actor?.organizationId === id ? actor : null;
    if (acting) {
      const permitted = checkInvitableRole(acting, input.role);
      if (!permitted.ok) return permitted;
    } else if (input.role === 'organization-owner') {
      return err(AuthorizationErrors.roleEscalation());
    }
    const email = normalisedEmail(input.email);
    if (await this.organizations.memberByEmail(id, email)) return err(AuthorizationErrors.alreadyMember());
    if (await this.invitations.pendingFor(id, email)) return err(AuthorizationErrors.alreadyInvited());
    const invitation = newInvitation({ organizationId: id, email, role: input.role, invitedBy: principal.id, expiresAt: input.expiresAt }, this.clock.now());
    if (!invitation.ok) return invitation;
    await this.invitees.ensureAccount(email);
    await this.invitations.save(invitation.value);
    return ok(invitation.value);
  }
}
