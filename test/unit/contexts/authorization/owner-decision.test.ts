import { inMemoryStores, type AuthorizationStores } from '../../../../src/contexts/authorization/adapters/persistence/stores';
import { PolicyDecisionPoint } from '../../../../src/contexts/authorization/application/access/policy-decision-point';
import type { OrganizationId } from '../../../../src/contexts/authorization/domain/organization';
import { DEFAULT_PLANS } from '../../../../src/contexts/authorization/domain/plan';
import { newSubscription } from '../../../../src/contexts/authorization/domain/subscription';
import { principalFor } from '../../../support/test-app';

const NOW = new Date('2026-01-01T00:00:00Z');
const layer = { type: 'layer' as const, id: 'layer-1', ownerId: 'alice', folderId: 'folder-1' };

/** Counts what the decision asks of the stores: the owner's own read should ask nothing. */
function counted(stores: AuthorizationStores) {
  const calls = { grants: 0, teams: 0, memberships: 0, subscriptions: 0 };
  const grants = Object.assign(Object.create(stores.grants), { held: (...a: Parameters<typeof stores.grants.held>) => (calls.grants++, stores.grants.held(...a)) });
  const teams = Object.assign(Object.create(stores.teams), { teamIdsOf: (id: string) => (calls.teams++, stores.teams.teamIdsOf(id)) });
  const organizations = Object.assign(Object.create(stores.organizations), { membershipOf: (id: string) => (calls.memberships++, stores.organizations.membershipOf(id)) });
  const subscriptions = Object.assign(Object.create(stores.subscriptions), { of: (...a: Parameters<typeof stores.subscriptions.of>) => (calls.subscriptions++, stores.subscriptions.of(...a)) });
  const policy = new PolicyDecisionPoint(stores.permissions, organizations, teams, grants, subscriptions, stores.audit, { now: () => NOW });
  return { policy, calls };
}

describe('PolicyDecisionPoint: an owner acting on their own item', () => {
  it('reads without any grant, team, membership or subscription lookup', async () => {
    const { policy, calls } = counted(inMemoryStores());
    expect(await policy.authorize(principalFor('alice'), 'read-layer', layer)).toEqual({ allowed: true });
    expect(calls).toEqual({ grants: 0, teams: 0, memberships: 0, subscriptions: 0 });
  });

  it('writes after looking up only whether their account is suspended', async () => {
    const { policy, calls } = counted(inMemoryStores());
    expect(await policy.authorize(principalFor('alice'), 'update-layer', layer)).toEqual({ allowed: true });
    expect(calls).toEqual({ grants: 0, teams: 0, memberships: 1, subscriptions: 1 });
  });

  it('a non-owner without a grant is still told "not found"', async () => {
    const { policy, calls } = counted(inMemoryStores());
    expect(await policy.authorize(principalFor('bob'), 'read-layer', layer)).toEqual(expect.objectContaining({ allowed: false, reason: 'not-readable' }));
    expect(calls.grants).toBe(1);
  });

  it('the owner in a suspended organization still reads but may not write', async () => {
    const stores = inMemoryStores();
    const organization = 'org-1' as OrganizationId;
    await stores.organizations.save({ id: organization, name: 'City', profile: {}, createdAt: NOW, updatedAt: NOW });
    await stores.organizations.addMember({ organizationId: organization, userId: 'alice', email: 'alice@example.org', role: 'organization-editor', joinedAt: NOW });
    await stores.subscriptions.open({ ...newSubscription({ kind: 'organization', id: organization }, DEFAULT_PLANS[0], NOW), suspended: true });
    const { policy } = counted(stores);
    expect(await policy.authorize(principalFor('alice'), 'read-layer', layer)).toEqual({ allowed: true });
    expect(await policy.authorize(principalFor('alice'), 'update-layer', layer)).toEqual(expect.objectContaining({ allowed: false, reason: 'suspended' }));
    expect(await policy.authorize(principalFor('alice'), 'delete-layer', layer)).toEqual(expect.objectContaining({ allowed: false, reason: 'suspended' }));
  });

  it('an action the owner role does not hold is left to the full decision', async () => {
    const { policy } = counted(inMemoryStores());
    expect(await policy.authorize(principalFor('alice'), 'create-job', layer)).toEqual(expect.objectContaining({ allowed: false, reason: 'not-permitted' }));
  });
});
