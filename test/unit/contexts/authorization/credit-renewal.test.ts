import { inMemoryStores, type AuthorizationStores } from '../../../../src/contexts/authorization/adapters/persistence/stores';
import { PolicyDecisionPoint } from '../../../../src/contexts/authorization/application/access/policy-decision-point';
import { SubscriptionQuotas } from '../../../../src/contexts/authorization/application/billing/subscription-quotas';
import { CreateOrganization } from '../../../../src/contexts/authorization/application/organizations/create-organization.use-case';
import { GetOrganization } from '../../../../src/contexts/authorization/application/organizations/get-organization.use-case';
import { addMonths, nextRenewal } from '../../../../src/contexts/authorization/domain/subscription';
import type { Clock } from '../../../../src/shared-kernel/clock';
import { principalFor } from '../../../support/test-app';

/** A clock the test moves. */
const movableClock = (start: string) => {
  let now = new Date(start);
  const clock: Clock = { now: () => new Date(now.getTime()) };
  return { clock, moveTo: (iso: string) => (now = new Date(iso)) };
};

describe('Monthly credit renewal', () => {
  let stores: AuthorizationStores;
  beforeEach(() => {
    stores = inMemoryStores();
  });

  it('gives the month\'s credits again at the first reservation after renews_at, and advances renews_at', async () => {
    const time = movableClock('2026-01-15T09:00:00Z');
    const quotas = new SubscriptionQuotas(stores.organizations, stores.subscriptions, stores.plans, time.clock);
    const alice = principalFor('alice');
    expect((await quotas.reserve(alice, 'credits', 1000)).ok).toBe(true);
    expect((await quotas.reserve(alice, 'projects', 2)).ok).toBe(true);
    const spent = await quotas.reserve(alice, 'credits', 1);
    expect(spent.ok || spent.error.code).toBe('authorization.quota-exceeded');

    time.moveTo('2026-02-15T08:59:59Z');
    expect((await quotas.reserve(alice, 'credits', 1)).ok).toBe(false);

    time.moveTo('2026-02-15T09:00:00Z');
    expect((await quotas.reserve(alice, 'credits', 1)).ok).toBe(true);
    const renewed = (await stores.subscriptions.of({ kind: 'personal', id: 'alice' }))!;
    expect(renewed.used).toEqual(expect.objectContaining({ credits: 1, projects: 2 }));
    expect(renewed.renewsAt).toEqual(new Date('2026-03-15T09:00:00Z'));
  });

  it('shows renewed credits when the organization is read, before anyone reserves', async () => {
    const time = movableClock('2026-01-31T12:00:00Z');
    const owner = principalFor('owner');
    const created = await new CreateOrganization(stores.organizations, stores.subscriptions, stores.plans, time.clock).execute(owner, { name: 'Org', profile: {} });
    if (!created.ok) throw created.error;
    expect(created.value.subscription.renewsAt).toEqual(new Date('2026-02-28T12:00:00Z'));
    const quotas = new SubscriptionQuotas(stores.organizations, stores.subscriptions, stores.plans, time.clock);
    expect((await quotas.reserve(owner, 'credits', 400)).ok).toBe(true);
    const { permissions, organizations, teams, grants, subscriptions, audit } = stores;
    const policy = new PolicyDecisionPoint(permissions, organizations, teams, grants, subscriptions, audit, time.clock);
    const get = new GetOrganization(organizations, subscriptions, stores.plans, policy, time.clock);

    const before = await get.execute(owner, created.value.organization.id);
    expect(before.ok && before.value.subscription.used.credits).toBe(400);

    time.moveTo('2026-03-01T00:00:00Z');
    const after = await get.execute(owner, created.value.organization.id);
    if (!after.ok) throw after.error;
    expect(after.value.subscription.used.credits).toBe(0);
    expect(after.value.subscription.used.editors).toBe(1); // seats are not monthly
    expect(after.value.subscription.renewsAt).toEqual(new Date('2026-03-28T12:00:00Z'));
  });
});

describe('renewal dates', () => {
  it.each([
    ['2026-01-31T00:00:00Z', 1, '2026-02-28T00:00:00Z'],
    ['2024-01-31T00:00:00Z', 1, '2024-02-29T00:00:00Z'],
    ['2026-12-15T06:30:00Z', 1, '2027-01-15T06:30:00Z'],
    ['2026-01-31T00:00:00Z', 14, '2027-03-31T00:00:00Z'],
  ])('%s plus %i month(s) is %s', (from, months, expected) => {
    expect(addMonths(new Date(from), months)).toEqual(new Date(expected));
  });

  it.each([
    ['exactly at renews_at', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z'],
    ['a moment after', '2026-02-01T00:00:01Z', '2026-03-01T00:00:00Z'],
    ['months later, before the day', '2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'],
    ['a year and a half later', '2027-07-20T00:00:00Z', '2027-08-01T00:00:00Z'],
  ])('%s: the next renewal is the first whole month past now', (_what, now, expected) => {
    expect(nextRenewal(new Date('2026-02-01T00:00:00Z'), new Date(now))).toEqual(new Date(expected));
  });
});
