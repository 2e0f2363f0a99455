import 'reflect-metadata';
import { loadConfig } from '../config';
import { applyPendingMigrations } from './migrate';
import { createOrm } from './orm';

/** `npm run migrate`: applies pending migrations to DATABASE_URL and exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    console.error('DATABASE_URL is not set: nothing to migrate (the embedded default keeps data in memory).');
    process.exit(2);
  }
  const orm = createOrm({ databaseUrl: config.DATABASE_URL, poolMax: 2, statementTimeoutMs: 600_000, entities: [] });
  try {
    const applied = await applyPendingMigrations(orm, config.DATABASE_URL);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
