import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { Invitation, InvitationId } from '../../domain/invitation';
import type { OrganizationId } from '../../domain/organization';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

/** An invitation of this organization that the caller may manage; another organization's is "not found". */
export async function managedInvitation(
  invitations: InvitationRepository,
  policy: AccessPolicy,
  principal: Principal,
  organizationId: OrganizationId,
  invitationId: InvitationId,
): Promise<Result<Invitation, DomainError>> {
  const allowed = await requirePermission(policy, principal, 'manage-members', { type: 'organization', id: organizationId }, AuthorizationErrors.organizationNotFound);
  if (!allowed.ok) return allowed;
  const invitation = await invitations.byId(invitationId);
  if (!invitation || invitation.organizationId !== organizationId) return err(AuthorizationErrors.invitationNotFound());
  return ok(invitation);
}

/** An invitation addressed to the caller's e-mail; anyone else's is "not found". */
export async function invitationFor(invitations: InvitationRepository, principal: Principal, id: InvitationId): Promise<Result<Invitation, DomainError>> {
  const invitation = await invitations.byId(id);
  if (!invitation || !principal.email || invitation.email !== principal.email.trim().toLowerCase()) return err(AuthorizationErrors.invitationNotFound());
  return ok(invitation);
}
