import type { MikroORM } from '@mikro-orm/core';
import { MikroOrmSubscriptionRepository } from '../../../../src/contexts/authorization/adapters/persistence/mikro-orm/mikro-orm-subscription.repository';
import { describeSubscriptionRepositoryContract } from '../../../support/contracts/subscription-repository.contract';
import { authorizationOrm } from './orm';

let orm: MikroORM;
beforeAll(() => {
  // A pool wide enough for the concurrent burst to really run in parallel.
  orm = authorizationOrm(12);
});
afterAll(() => orm.close(true));

describeSubscriptionRepositoryContract('PostgreSQL (MikroORM)', () => new MikroOrmSubscriptionRepository(orm.em));
