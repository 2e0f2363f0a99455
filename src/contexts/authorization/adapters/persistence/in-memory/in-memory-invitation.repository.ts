import type { Invitation, InvitationId, InvitationStatus } from '../../../domain/invitation';
import type { OrganizationId } from '../../../domain/organization';
import type { InvitationRepository } from '../../../ports/invitation-repository.port';

const newestFirst = (a: Invitation, b: Invitation): number => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1);

export class InMemoryInvitationRepository implements InvitationRepository {
  private readonly rows = new Map<string, Invitation>();

  async byId(id: InvitationId): Promise<Invitation | null> {
    const found = this.rows.get(id);
    return found ? structuredClone(found) : null;
  }

  async save(invitation: Invitation): Promise<void> {
    this.rows.set(invitation.id, structuredClone(invitation));
  }

  async pendingFor(organizationId: OrganizationId, email: string): Promise<Invitation | null> {
    const found = [...this.rows.values()].find((i) => i.organizationId === organizationId && i.email === email && i.status === 'pending');
    return found ? structuredClone(found) : null;
  }

  async forEmail(email: string, status?: InvitationStatus): Promise<Invitation[]> {
    return this.select((i) => i.email === email && (!status || i.status === status));
  }

  async ofOrganization(organizationId: OrganizationId, status?: InvitationStatus): Promise<Invitation[]> {
    return this.select((i) => i.organizationId === organizationId && (!status || i.status === status));
  }

  async deleteAllForEmail(email: string): Promise<void> {
    for (const [id, invitation] of this.rows) if (invitation.email === email) this.rows.delete(id);
  }

  async deleteAllOf(organizationId: OrganizationId): Promise<void> {
    for (const [id, invitation] of this.rows) if (invitation.organizationId === organizationId) this.rows.delete(id);
  }

  private select(predicate: (invitation: Invitation) => boolean): Invitation[] {
    return [...this.rows.values()].filter(predicate).sort(newestFirst).map((i) => structuredClone(i));
  }
}
