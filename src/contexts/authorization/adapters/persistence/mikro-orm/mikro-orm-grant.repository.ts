import type { EntityManager } from '@mikro-orm/core';
import type { Grant, Grantee, GranteeKind } from '../../../domain/grant';
import type { ResourceRole, ResourceType } from '../../../domain/roles';
import type { GrantRepository, ResourceKey } from '../../../ports/grant-repository.port';
import { GrantSchema, type GrantRecord } from './grant.entity';

const toGrant = (r: GrantRecord): Grant => ({
  resourceType: r.resourceType as ResourceType,
  resourceId: r.resourceId,
  resourceOwnerId: r.resourceOwnerId,
  granteeKind: r.granteeKind as GranteeKind,
  granteeId: r.granteeId,
  role: r.role as ResourceRole,
  grantedBy: r.grantedBy,
  grantedAt: new Date(r.grantedAt),
});

const KIND_ORDER: Record<string, number> = { user: 0, team: 1, organization: 2 };

export class MikroOrmGrantRepository implements GrantRepository {
  constructor(private readonly em: EntityManager) {}

  async on(resource: ResourceKey): Promise<Grant[]> {
    const rows = await this.em.fork().find(GrantSchema, { resourceType: resource.type, resourceId: resource.id });
    // Code-point order on the grantee id, as the in-memory adapter answers.
    return rows
      .map(toGrant)
      .sort((a, b) => KIND_ORDER[a.granteeKind] - KIND_ORDER[b.granteeKind] || (a.granteeId < b.granteeId ? -1 : a.granteeId > b.granteeId ? 1 : 0));
  }

  async held(resources: readonly ResourceKey[], grantees: readonly Grantee[]): Promise<Grant[]> {
    if (resources.length === 0 || grantees.length === 0) return [];
    const rows = await this.em.fork().find(GrantSchema, {
      $and: [
        { $or: resources.map((r) => ({ resourceType: r.type, resourceId: r.id })) },
        { $or: grantees.map((g) => ({ granteeKind: g.kind, granteeId: g.id })) },
      ],
    });
    return rows.map(toGrant);
  }

  async heldBy(grantees: readonly Grantee[]): Promise<Grant[]> {
    if (grantees.length === 0) return [];
    const rows = await this.em.fork().find(GrantSchema, { $or: grantees.map((g) => ({ granteeKind: g.kind, granteeId: g.id })) });
    return rows.map(toGrant);
  }

  async save(grant: Grant): Promise<void> {
    await this.em.fork().upsert(GrantSchema, { ...grant });
  }

  async revoke(resource: ResourceKey, grantee: Grantee): Promise<void> {
    await this.em.fork().nativeDelete(GrantSchema, { resourceType: resource.type, resourceId: resource.id, granteeKind: grantee.kind, granteeId: grantee.id });
  }

  async deleteOn(resource: ResourceKey): Promise<void> {
    await this.em.fork().nativeDelete(GrantSchema, { resourceType: resource.type, resourceId: resource.id });
  }

  async deleteForGrantee(grantee: Grantee): Promise<void> {
    await this.em.fork().nativeDelete(GrantSchema, { granteeKind: grantee.kind, granteeId: grantee.id });
  }

  async eraseUser(userId: string): Promise<void> {
    await this.em.fork().nativeDelete(GrantSchema, { $or: [{ resourceOwnerId: userId }, { granteeKind: 'user', granteeId: userId }] });
  }
}
