import type { MikroORM } from '@mikro-orm/core';
import { mikroOrmStores } from '../../../../src/contexts/authorization/adapters/persistence/stores';
import { describeAccessPolicyContract } from '../../../support/contracts/grant-permission-table.contract';
import { authorizationOrm } from './orm';

let orm: MikroORM;
beforeAll(() => {
  orm = authorizationOrm();
});
afterAll(() => orm.close(true));

// The seeded table (migration 0020) must grant exactly what the product defines, cell by cell.
describeAccessPolicyContract('PostgreSQL (MikroORM)', async () => mikroOrmStores(orm.em));
