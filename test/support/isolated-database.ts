import { Client } from 'pg';
import { applyPendingMigrations } from '../../src/platform/persistence/migrate';
import { createOrm } from '../../src/platform/persistence/orm';
import { testDatabaseUrl } from './test-database';

/**
 * A database of its own for a suite that changes platform-wide reference data (the base street
 * network every new project receives), so suites running beside it in the shared test database
 * never see that data appear. Call at the top level of the test file: it points TEST_DATABASE_URL at
 * `<test database>_<suffix>` for this file, creates and migrates it before the file's tests, and
 * restores the variable afterwards.
 */
export function useIsolatedTestDatabase(suffix: string): void {
  const before = process.env.TEST_DATABASE_URL;
  const shared = testDatabaseUrl();
  const isolated = new URL(shared);
  isolated.pathname = `${isolated.pathname}_${suffix}`;
  const name = isolated.pathname.slice(1);
  process.env.TEST_DATABASE_URL = isolated.toString();

  beforeAll(async () => {
    const admin = new URL(shared);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
    const extensions = new Client({ connectionString: isolated.toString() });
    await extensions.connect();
    await extensions.query('CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE;').finally(() => extensions.end());
    const orm = createOrm({ databaseUrl: isolated.toString(), poolMax: 2, statementTimeoutMs: 120_000, entities: [] });
    await applyPendingMigrations(orm, isolated.toString()).finally(() => orm.close(true));
  }, 120_000);

  afterAll(() => {
    if (before === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = before;
  });
}
