import type { EntityManager } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { offsetOf, pageOf, type Page, type PageRequest } from '../../../../../shared-kernel/paging';
import type { Membership, Organization, OrganizationId } from '../../../domain/organization';
import type { OrganizationRole } from '../../../domain/roles';
import type { JoinOutcome, OrganizationRepository } from '../../../ports/organization-repository.port';
import { OrganizationMemberSchema, OrganizationSchema, type OrganizationMemberRecord, type OrganizationRecord } from './organization.entity';

const toOrganization = (r: OrganizationRecord): Organization => ({
  id: r.id as OrganizationId,
  name: r.name,
  profile: {
    type: r.type,
    size: r.size,
    industry: r.industry,
    department: r.department,
    useCase: r.useCase,
    phone: r.phone,
    location: r.location,
    avatar: r.avatar,
    region: r.region,
    newsletter: r.newsletter,
  },
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const toMembership = (r: OrganizationMemberRecord): Membership => ({
  organizationId: r.organizationId as OrganizationId,
  userId: r.userId,
  email: r.email,
  role: r.role as OrganizationRole,
  joinedAt: new Date(r.joinedAt),
});

const RANK_ORDER = `CASE role WHEN 'organization-owner' THEN 4 WHEN 'organization-admin' THEN 3 WHEN 'organization-editor' THEN 2 ELSE 1 END DESC`;

export class MikroOrmOrganizationRepository implements OrganizationRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: OrganizationId): Promise<Organization | null> {
    const record = await this.em.fork().findOne(OrganizationSchema, { id });
    return record ? toOrganization(record) : null;
  }

  async save(o: Organization): Promise<void> {
    const p = o.profile;
    await this.em.fork().upsert(OrganizationSchema, {
      id: o.id,
      name: o.name,
      type: p.type ?? null,
      size: p.size ?? null,
      industry: p.industry ?? null,
      department: p.department ?? null,
      useCase: p.useCase ?? null,
      phone: p.phone ?? null,
      location: p.location ?? null,
      avatar: p.avatar ?? null,
      region: p.region ?? null,
      newsletter: p.newsletter ?? null,
      createdAt: o.createdAt,
      updatedAt: o.updatedAt,
    });
  }

  async delete(id: OrganizationId): Promise<void> {
    // Members, invitations and teams go by ON DELETE CASCADE.
    await this.em.fork().nativeDelete(OrganizationSchema, { id });
  }

  async membershipOf(userId: string): Promise<Membership | null> {
    const record = await this.em.fork().findOne(OrganizationMemberSchema, { userId });
    return record ? toMembership(record) : null;
  }

  async members(id: OrganizationId, page: PageRequest): Promise<Page<Membership>> {
    const connection = this.em.getConnection();
    const rows: Record<string, unknown>[] = await connection.execute(
      `SELECT user_id, organization_id, email, role, joined_at FROM "authorization".organization_member
        WHERE organization_id = ? ORDER BY ${RANK_ORDER}, email COLLATE "C" ASC NULLS FIRST, user_id COLLATE "C" ASC LIMIT ? OFFSET ?`,
      [id, page.size, offsetOf(page)],
    );
    const [{ count }]: { count: string }[] = await connection.execute(
      'SELECT count(*) AS count FROM "authorization".organization_member WHERE organization_id = ?',
      [id],
    );
    const items = rows.map((r) =>
      toMembership({ userId: r.user_id, organizationId: r.organization_id, email: r.email, role: r.role, joinedAt: r.joined_at } as OrganizationMemberRecord),
    );
    return pageOf(items, Number(count), page);
  }

  async memberByEmail(id: OrganizationId, email: string): Promise<Membership | null> {
    const record = await this.em.fork().findOne(OrganizationMemberSchema, { organizationId: id, email: { $ilike: email.replace(/[\\%_]/g, '\\$&') } });
    return record ? toMembership(record) : null;
  }

  async addMember(m: Membership): Promise<JoinOutcome> {
    try {
      await this.em.fork().insert(OrganizationMemberSchema, { userId: m.userId, organizationId: m.organizationId, email: m.email, role: m.role, joinedAt: m.joinedAt });
      return 'added';
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return 'already-in-organization';
      throw error;
    }
  }

  async changeRole(id: OrganizationId, userId: string, role: OrganizationRole): Promise<void> {
    await this.em.fork().nativeUpdate(OrganizationMemberSchema, { organizationId: id, userId }, { role });
  }

  async removeMember(id: OrganizationId, userId: string): Promise<void> {
    await this.em.fork().nativeDelete(OrganizationMemberSchema, { organizationId: id, userId });
  }

  async transferOwnership(id: OrganizationId, fromUserId: string, toUserId: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      // Demote first: the partial unique index allows one owner at a time.
      await em.nativeUpdate(OrganizationMemberSchema, { organizationId: id, userId: fromUserId }, { role: 'organization-admin' });
      await em.nativeUpdate(OrganizationMemberSchema, { organizationId: id, userId: toUserId }, { role: 'organization-owner' });
    });
  }
}
