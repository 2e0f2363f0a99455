import { sameGrantee, type Grant, type Grantee, type GranteeKind } from '../../../domain/grant';
import type { GrantRepository, ResourceKey } from '../../../ports/grant-repository.port';
import { byText } from './text-order';

const KIND_ORDER: Record<GranteeKind, number> = { user: 0, team: 1, organization: 2 };
const onResource = (grant: Grant, resource: ResourceKey): boolean => grant.resourceType === resource.type && grant.resourceId === resource.id;
const granteeOf = (grant: Grant): Grantee => ({ kind: grant.granteeKind, id: grant.granteeId });

export class InMemoryGrantRepository implements GrantRepository {
  private rows: Grant[] = [];

  async on(resource: ResourceKey): Promise<Grant[]> {
    return this.rows
      .filter((grant) => onResource(grant, resource))
      .sort((a, b) => KIND_ORDER[a.granteeKind] - KIND_ORDER[b.granteeKind] || byText(a.granteeId, b.granteeId))
      .map((grant) => structuredClone(grant));
  }

  async held(resources: readonly ResourceKey[], grantees: readonly Grantee[]): Promise<Grant[]> {
    return this.rows
      .filter((grant) => resources.some((r) => onResource(grant, r)) && grantees.some((g) => sameGrantee(g, granteeOf(grant))))
      .map((grant) => structuredClone(grant));
  }

  async heldBy(grantees: readonly Grantee[]): Promise<Grant[]> {
    return this.rows.filter((grant) => grantees.some((g) => sameGrantee(g, granteeOf(grant)))).map((grant) => structuredClone(grant));
  }

  async save(grant: Grant): Promise<void> {
    const existing = this.rows.find((row) => onResource(row, { type: grant.resourceType, id: grant.resourceId }) && sameGrantee(granteeOf(row), granteeOf(grant)));
    this.rows = this.rows.filter((row) => row !== existing);
    this.rows.push(structuredClone(grant));
  }

  async revoke(resource: ResourceKey, grantee: Grantee): Promise<void> {
    this.rows = this.rows.filter((row) => !(onResource(row, resource) && sameGrantee(granteeOf(row), grantee)));
  }

  async deleteOn(resource: ResourceKey): Promise<void> {
    this.rows = this.rows.filter((row) => !onResource(row, resource));
  }

  async deleteForGrantee(grantee: Grantee): Promise<void> {
    this.rows = this.rows.filter((row) => !sameGrantee(granteeOf(row), grantee));
  }

  async eraseUser(userId: string): Promise<void> {
    this.rows = this.rows.filter((row) => row.resourceOwnerId !== userId && !sameGrantee(granteeOf(row), { kind: 'user', id: userId }));
  }
}
