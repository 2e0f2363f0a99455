import 'reflect-metadata';
import { applyPendingMigrations } from '../../src/platform/persistence/migrate';
import { createOrm } from '../../src/platform/persistence/orm';
import { testDatabaseUrl } from './test-database';

/** Brings the test database to the latest migration once per jest run (integration and HTTP tiers). */
export default async function databaseGlobalSetup(): Promise<void> {
  const databaseUrl = testDatabaseUrl();
  const orm = createOrm({ databaseUrl, poolMax: 2, statementTimeoutMs: 120_000, entities: [] });
  try {
    await applyPendingMigrations(orm, databaseUrl);
  } finally {
    await orm.close(true);
  }
}
