import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Invitation, InvitationId, InvitationStatus } from '../../../domain/invitation';
import type { OrganizationId } from '../../../domain/organization';
import type { OrganizationRole } from '../../../domain/roles';
import type { InvitationRepository } from '../../../ports/invitation-repository.port';
import { InvitationSchema, type InvitationRecord } from './invitation.entity';

const toInvitation = (r: InvitationRecord): Invitation => ({
  id: r.id as InvitationId,
  organizationId: r.organizationId as OrganizationId,
  email: r.email,
  role: r.role as OrganizationRole,
  status: r.status as InvitationStatus,
  invitedBy: r.invitedBy,
  expiresAt: r.expiresAt,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const NEWEST_FIRST = { createdAt: 'desc', id: 'desc' } as const;

export class MikroOrmInvitationRepository implements InvitationRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: InvitationId): Promise<Invitation | null> {
    const record = await this.em.fork().findOne(InvitationSchema, { id });
    return record ? toInvitation(record) : null;
  }

  async save(i: Invitation): Promise<void> {
    await this.em.fork().upsert(InvitationSchema, { ...i });
  }

  async pendingFor(organizationId: OrganizationId, email: string): Promise<Invitation | null> {
    const record = await this.em.fork().findOne(InvitationSchema, { organizationId, email, status: 'pending' });
    return record ? toInvitation(record) : null;
  }

  async forEmail(email: string, status?: InvitationStatus): Promise<Invitation[]> {
    const where: FilterQuery<InvitationRecord> = { email };
    if (status) where.status = status;
    return (await this.em.fork().find(InvitationSchema, where, { orderBy: NEWEST_FIRST })).map(toInvitation);
  }

  async ofOrganization(organizationId: OrganizationId, status?: InvitationStatus): Promise<Invitation[]> {
    const where: FilterQuery<InvitationRecord> = { organizationId };
    if (status) where.status = status;
    return (await this.em.fork().find(InvitationSchema, where, { orderBy: NEWEST_FIRST })).map(toInvitation);
  }

  async deleteAllForEmail(email: string): Promise<void> {
    await this.em.fork().nativeDelete(InvitationSchema, { email });
  }

  async deleteAllOf(organizationId: OrganizationId): Promise<void> {
    await this.em.fork().nativeDelete(InvitationSchema, { organizationId });
  }
}
