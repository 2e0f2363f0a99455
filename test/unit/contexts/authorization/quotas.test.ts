import { inMemoryStores, type AuthorizationStores } from '../../../../src/contexts/authorization/adapters/persistence/stores';
import { SubscriptionQuotas } from '../../../../src/contexts/authorization/application/billing/subscription-quotas';
import { CreateOrganization } from '../../../../src/contexts/authorization/application/organizations/create-organization.use-case';
import { principalFor } from '../../../support/test-app';

const clock = { now: () => new Date('2026-01-01T00:00:00Z') };

describe('Quotas: what other contexts charge against the plan', () => {
  let stores: AuthorizationStores;
  let quotas: SubscriptionQuotas;
  beforeEach(() => {
    stores = inMemoryStores();
    quotas = new SubscriptionQuotas(stores.organizations, stores.subscriptions, stores.plans, clock);
  });

  it('gives a user without an organization a personal starter allowance: the 21st project is refused, nothing charged', async () => {
    const alice = principalFor('alice');
    for (let i = 0; i < 20; i++) expect((await quotas.reserve(alice, 'projects', 1)).ok).toBe(true);
    const refused = await quotas.reserve(alice, 'projects', 1);
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'authorization.quota-exceeded', kind: 'quota-exceeded', details: { quota: 'projects', total: 20, used: 20 } }) });
    expect((await stores.subscriptions.of({ kind: 'personal', id: 'alice' }))!.used.projects).toBe(20);
    await quotas.release(alice, 'projects', 1);
    expect((await quotas.reserve(alice, 'projects', 1)).ok).toBe(true);
  });

  it('charges the organization of a member, and refuses everything while it is suspended', async () => {
    const owner = principalFor('owner');
    const created = await new CreateOrganization(stores.organizations, stores.subscriptions, stores.plans, clock).execute(owner, { name: 'Org', profile: {} });
    if (!created.ok) throw created.error;
    const account = { kind: 'organization', id: created.value.organization.id } as const;
    expect((await quotas.reserve(owner, 'storage', 400 * 1024 * 1024)).ok).toBe(true);
    expect((await quotas.reserve(owner, 'storage', 200 * 1024 * 1024)).ok).toBe(false);
    expect((await stores.subscriptions.of(account))!.used.storage).toBe(400 * 1024 * 1024);
    await stores.subscriptions.update({ ...(await stores.subscriptions.of(account))!, suspended: true });
    const suspended = await quotas.reserve(owner, 'credits', 1);
    expect(suspended.ok || suspended.error.code).toBe('authorization.organization-suspended');
  });

  it('refuses a premium feature the plan lacks', async () => {
    const user = principalFor('user');
    const refused = await quotas.requireFeature(user, 'scenarios');
    expect(refused.ok || refused.error.code).toBe('authorization.feature-not-in-plan');
    const subscription = (await stores.subscriptions.of({ kind: 'personal', id: 'user' }))!;
    await stores.subscriptions.update({ ...subscription, planName: 'goat_professional', features: ['scenarios'] });
    expect((await quotas.requireFeature(user, 'scenarios')).ok).toBe(true);
  });
});
