import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { checkOpen, type Invitation, type InvitationId } from '../../domain/invitation';
import { checkInvitableRole, type OrganizationId } from '../../domain/organization';
import type { OrganizationRole } from '../../domain/roles';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { managedInvitation } from './organization-invitation';

export class ChangeInvitationRole {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: OrganizationId, invitationId: InvitationId, role: OrganizationRole): Promise<Result<Invitation, DomainError>> {
    const found = await managedInvitation(this.invitations, this.policy, principal, id, invitationId);
    if (!found.ok) return found;
    const now = this.clock.now();
    const open = checkOpen(found.value, now);
    if (!open.ok) return open;
    const actor = await this.organizations.membershipOf(principal.id);
    if (actor?.organizationId === id) {
      const permitted = checkInvitableRole(actor, role);
      if (!permitted.ok) return permitted;
    } else if (role === 'organization-owner') return err(AuthorizationErrors.roleEscalation());
    const changed: Invitation = { ...found.value, role, updatedAt: now };
    await this.invitations.save(changed);
    return ok(changed);
  }
}
