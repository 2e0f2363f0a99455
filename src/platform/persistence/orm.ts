import { MikroORM, type EntitySchema } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { loadMigrations } from './migration-list';

export interface OrmSettings {
  readonly databaseUrl: string;
  readonly poolMax: number;
  readonly statementTimeoutMs: number;
  readonly entities: EntitySchema[];
  /** Where the driver's own warnings go (knex writes them to the console otherwise). */
  readonly onDriverWarning?: (message: string) => void;
}

/**
 * One ORM per app instance. Built synchronously and connected lazily, so the server starts (and
 * says 503) while PostgreSQL is down, then serves as soon as it returns. Timeouts make a missing
 * database an answer within seconds rather than a hung request.
 */
export function createOrm(settings: OrmSettings): MikroORM {
  return MikroORM.initSync({
    driver: PostgreSqlDriver,
    clientUrl: settings.databaseUrl,
    entities: settings.entities,
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    debug: false,
    pool: { min: 0, max: settings.poolMax, acquireTimeoutMillis: 5000, idleTimeoutMillis: 10_000 },
    driverOptions: {
      log: driverLog(settings.onDriverWarning),
      connection: {
        connectionTimeoutMillis: 3000,
        statement_timeout: settings.statementTimeoutMs,
        query_timeout: settings.statementTimeoutMs + 1000,
        keepAlive: true,
      },
    },
    extensions: [Migrator],
    migrations: {
      migrationsList: loadMigrations(),
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  });
}

function driverLog(onWarning: (message: string) => void = () => undefined) {
  const say = (message: unknown) => onWarning(typeof message === 'string' ? message : JSON.stringify(message));
  return { warn: say, error: say, deprecate: say, debug: () => undefined };
}
