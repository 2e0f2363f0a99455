import { pageInMemory, type Page, type PageRequest } from '../../../../../shared-kernel/paging';
import type { Membership, Organization, OrganizationId } from '../../../domain/organization';
import { organizationRank } from '../../../domain/roles';
import { byText } from './text-order';
import type { JoinOutcome, OrganizationRepository } from '../../../ports/organization-repository.port';

const byRankThenEmail = (a: Membership, b: Membership): number =>
  organizationRank(b.role) - organizationRank(a.role) || byText(a.email ?? '', b.email ?? '') || (a.userId < b.userId ? -1 : 1);

/** Keeps copies, so a caller's object never changes stored state without a call. */
export class InMemoryOrganizationRepository implements OrganizationRepository {
  private readonly organizations = new Map<string, Organization>();
  /** By user id: a user belongs to at most one organization. */
  private readonly memberships = new Map<string, Membership>();

  async byId(id: OrganizationId): Promise<Organization | null> {
    const found = this.organizations.get(id);
    return found ? structuredClone(found) : null;
  }

  async save(organization: Organization): Promise<void> {
    this.organizations.set(organization.id, structuredClone(organization));
  }

  async delete(id: OrganizationId): Promise<void> {
    this.organizations.delete(id);
    for (const [userId, membership] of this.memberships) if (membership.organizationId === id) this.memberships.delete(userId);
  }

  async membershipOf(userId: string): Promise<Membership | null> {
    const found = this.memberships.get(userId);
    return found ? structuredClone(found) : null;
  }

  async members(id: OrganizationId, page: PageRequest): Promise<Page<Membership>> {
    const all = [...this.memberships.values()].filter((m) => m.organizationId === id).sort(byRankThenEmail);
    return pageInMemory(all.map((m) => structuredClone(m)), page);
  }

  async memberByEmail(id: OrganizationId, email: string): Promise<Membership | null> {
    const needle = email.toLowerCase();
    const found = [...this.memberships.values()].find((m) => m.organizationId === id && m.email?.toLowerCase() === needle);
    return found ? structuredClone(found) : null;
  }

  async addMember(membership: Membership): Promise<JoinOutcome> {
    if (this.memberships.has(membership.userId)) return 'already-in-organization';
    this.memberships.set(membership.userId, structuredClone(membership));
    return 'added';
  }

  async changeRole(id: OrganizationId, userId: string, role: Membership['role']): Promise<void> {
    const found = this.memberships.get(userId);
    if (found?.organizationId === id) this.memberships.set(userId, { ...found, role });
  }

  async removeMember(id: OrganizationId, userId: string): Promise<void> {
    if (this.memberships.get(userId)?.organizationId === id) this.memberships.delete(userId);
  }

  async transferOwnership(id: OrganizationId, fromUserId: string, toUserId: string): Promise<void> {
    const from = this.memberships.get(fromUserId);
    const to = this.memberships.get(toUserId);
    if (from?.organizationId !== id || to?.organizationId !== id) return;
    this.memberships.set(fromUserId, { ...from, role: 'organization-admin' });
    this.memberships.set(toUserId, { ...to, role: 'organization-owner' });
  }
}
