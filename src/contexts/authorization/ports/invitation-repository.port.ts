import type { Invitation, InvitationId, InvitationStatus } from '../domain/invitation';
import type { OrganizationId } from '../domain/organization';

export interface InvitationRepository {
  byId(id: InvitationId): Promise<Invitation | null>;
  save(invitation: Invitation): Promise<void>;
  /** Pending invitations to this address from this organization. */
  pendingFor(organizationId: OrganizationId, email: string): Promise<Invitation | null>;
  /** Newest first. */
  forEmail(email: string, status?: InvitationStatus): Promise<Invitation[]>;
  /** Newest first. */
  ofOrganization(organizationId: OrganizationId, status?: InvitationStatus): Promise<Invitation[]>;
  deleteAllForEmail(email: string): Promise<void>;
  deleteAllOf(organizationId: OrganizationId): Promise<void>;
}

export const INVITATION_REPOSITORY: unique symbol = Symbol('InvitationRepository');
