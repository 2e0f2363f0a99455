import type { DomainError } from '../../../shared-kernel/domain-error';
import { newId, type Id } from '../../../shared-kernel/ids';
import { err, ok, type Result } from '../../../shared-kernel/result';
import { AuthorizationErrors } from './authorization.errors';
import type { OrganizationId } from './organization';
import type { OrganizationRole } from './roles';

export type InvitationId = Id<'Invitation'>;
export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'canceled';

export const DEFAULT_INVITATION_DAYS = 14;

export interface Invitation {
  readonly id: InvitationId;
  readonly organizationId: OrganizationId;
  /** Lower-cased: the invitee is whoever signs in with this address. */
  readonly email: string;
  readonly role: OrganizationRole;
  readonly status: InvitationStatus;
  readonly invitedBy: string;
  readonly expiresAt: Date;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const normalisedEmail = (email: string): string => email.trim().toLowerCase();

export function newInvitation(
  input: { organizationId: OrganizationId; email: string; role: OrganizationRole; invitedBy: string; expiresAt?: Date },
  now: Date,
): Result<Invitation, DomainError> {
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + DEFAULT_INVITATION_DAYS * 86_400_000);
  if (expiresAt.getTime() <= now.getTime()) {
    return err(AuthorizationErrors.invitationExpired());
  }
  return ok({
    id: newId<'Invitation'>(),
    organizationId: input.organizationId,
    email: normalisedEmail(input.email),
    role: input.role,
    status: 'pending',
    invitedBy: input.invitedBy,
    expiresAt,
    createdAt: now,
    updatedAt: now,
  });
}

/** Only a pending invitation that has not expired can be answered or changed. */
export function checkOpen(invitation: Invitation, now: Date): Result<Invitation, DomainError> {
  if (invitation.status !== 'pending') return err(AuthorizationErrors.invitationNotPending(invitation.status));
  if (invitation.expiresAt.getTime() <= now.getTime()) return err(AuthorizationErrors.invitationExpired());
  return ok(invitation);
}

export const answered = (invitation: Invitation, status: Exclude<InvitationStatus, 'pending'>, now: Date): Invitation => ({
  ...invitation,
  status,
  updatedAt: now,
});
