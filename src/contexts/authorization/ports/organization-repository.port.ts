import type { Page, PageRequest } from '../../../shared-kernel/paging';
import type { Membership, Organization, OrganizationId } from '../domain/organization';

/** `already-in-organization`: the user is a member elsewhere (checked by the store itself, race-free). */
export type JoinOutcome = 'added' | 'already-in-organization';

export interface OrganizationRepository {
  byId(id: OrganizationId): Promise<Organization | null>;
  save(organization: Organization): Promise<void>;
  /** The organization and its memberships. */
  delete(id: OrganizationId): Promise<void>;
  membershipOf(userId: string): Promise<Membership | null>;
  /** Owner first, then by e-mail. */
  members(id: OrganizationId, page: PageRequest): Promise<Page<Membership>>;
  memberByEmail(id: OrganizationId, email: string): Promise<Membership | null>;
  addMember(membership: Membership): Promise<JoinOutcome>;
  changeRole(id: OrganizationId, userId: string, role: Membership['role']): Promise<void>;
  removeMember(id: OrganizationId, userId: string): Promise<void>;
  /** In one step: the owner becomes admin, the new owner takes over. */
  transferOwnership(id: OrganizationId, fromUserId: string, toUserId: string): Promise<void>;
}

export const ORGANIZATION_REPOSITORY: unique symbol = Symbol('OrganizationRepository');
