import type { MikroORM } from '@mikro-orm/core';
import { authorizationEntities } from '../../../../src/contexts/authorization';
import { createOrm } from '../../../../src/platform/persistence/orm';
import { testDatabaseUrl } from '../../../support/test-database';

/** One ORM per test file over the migrated test database, with this context's entities. */
export const authorizationOrm = (poolMax = 4): MikroORM =>
  createOrm({ databaseUrl: testDatabaseUrl(), poolMax, statementTimeoutMs: 10_000, entities: authorizationEntities });
