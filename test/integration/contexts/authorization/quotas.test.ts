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
