import { Pool } from 'pg';
import { testDatabaseUrl } from '../../../../support/test-database';

/**
 * Connects to the test database, creating it and the postgis/pgrouting extensions if missing
 * (tolerating a concurrent create). Fails, never skips, when PostgreSQL or pgRouting is missing.
 */
export async function routingTestPool(): Promise<Pool> {
  const url = testDatabaseUrl();
  const name = new URL(url).pathname.slice(1);
  const admin = new Pool({ connectionString: url.replace(/\/[^/?]+(\?|$)/, '/postgres$1'), max: 1 });
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${name}"`).catch((e: { code?: string }) => {
        if (e.code !== '42P04' && e.code !== '23505') throw e;
      });
    }
  } finally {
    await admin.end();
  }
  const pool = new Pool({ connectionString: url, max: 4 });
  for (const extension of ['postgis', 'pgrouting']) {
    await pool.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`).catch((e: { code?: string }) => {
      if (e.code !== '23505' && e.code !== '42710') throw e;
    });
  }
  return pool;
}

export const SHARED_DATA = `${__dirname}/../../../../../../shared/data`;
