import type { MikroORM } from '@mikro-orm/core';
import { mikroOrmStores } from '../../../../src/contexts/authorization/adapters/persistence/stores';
import { SubscriptionQuotas } from '../../../../src/contexts/authorization/application/billing/subscription-quotas';
import { newId } from '../../../../src/shared-kernel/ids';
import { principalFor } from '../../../support/test-app';
import { authorizationOrm } from './orm';

let orm: MikroORM;
beforeAll(() => {
  orm = authorizationOrm(12);
});
afterAll(() => orm.close(true));

describe('Quotas against PostgreSQL', () => {
  it('a concurrent burst of project creations cannot overshoot the plan limit', async () => {
    const stores = mikroOrmStores(orm.em);
    const quotas = new SubscriptionQuotas(stores.organizations, stores.subscriptions, stores.plans, { now: () => new Date() });
    const user = principalFor(`burst-${newId()}`);
    // The first reservations also race to open the personal allowance.
    const results = await Promise.all(Array.from({ length: 50 }, () => quotas.reserve(user, 'projects', 1)));
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    for (const refused of results.filter((r) => !r.ok)) expect(refused.ok || refused.error.code).toBe('authorization.quota-exceeded');
    const [row] = await orm.em.getConnection().execute(
      `SELECT used_projects FROM "authorization".subscription WHERE account_kind = 'personal' AND account_id = ?`,
      [user.id],
    );
    expect(row.used_projects).toBe(20);
  });
});

describe('Monthly credit renewal against PostgreSQL', () => {
  it('parallel reservations across the renewal boundary renew the credits once, never twice', async () => {
    const stores = mikroOrmStores(orm.em);
    let now = new Date('2026-01-10T00:00:00Z');
    const quotas = new SubscriptionQuotas(stores.organizations, stores.subscriptions, stores.plans, { now: () => now });
    const user = principalFor(`renewal-${newId()}`);
    expect((await quotas.reserve(user, 'credits', 995)).ok).toBe(true);
    const account = { kind: 'personal', id: user.id } as const;
    expect((await stores.subscriptions.of(account))!.renewsAt).toEqual(new Date('2026-02-10T00:00:00Z'));

    now = new Date('2026-02-10T00:00:00.001Z');
    // 60 reservations at once, each renewing first if due: a second reset would lose some of them.
    const results = await Promise.all(Array.from({ length: 60 }, () => quotas.reserve(user, 'credits', 1)));
    expect(results.filter((r) => r.ok)).toHaveLength(60);
    const [row] = await orm.em.getConnection().execute(
      `SELECT used_credits, renews_at FROM "authorization".subscription WHERE account_kind = 'personal' AND account_id = ?`,
      [user.id],
    );
    expect(row.used_credits).toBe(60);
    expect(new Date(row.renews_at)).toEqual(new Date('2026-03-10T00:00:00Z'));
  });
});
