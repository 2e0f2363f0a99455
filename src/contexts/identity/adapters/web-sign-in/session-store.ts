import connectPgSimple from 'connect-pg-simple';
import session, { type Store } from 'express-session';
import { Pool } from 'pg';
import type { BrowserSessions } from '../../ports/browser-sessions.port';

/** Where the signed-in user sits inside a stored session (passport's `passport.user`). */
const ownerOf = (stored: unknown): string | undefined =>
  (stored as { passport?: { user?: { principal?: { id?: unknown } } } })?.passport?.user?.principal?.id as string | undefined;

export interface SessionStorage {
  readonly store: Store;
  readonly sessions: BrowserSessions;
}

/**
 * Sessions in PostgreSQL (identity.session, connect-pg-simple's table, created by migration 0011)
 * when there is a database, so they survive restarts and are shared by replicas.
 */
export function postgresSessionStorage(databaseUrl: string): SessionStorage {
  // Its own small pool: the session store is not a MikroORM unit of work. Idle, it lets the process exit.
  const pool = new Pool({ connectionString: databaseUrl, max: 3, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
  const PgStore = connectPgSimple(session);
  const store = new PgStore({ pool, schemaName: 'identity', tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60 });
  return {
    store,
    sessions: {
      endAllOf: async (userId) => {
        await pool.query(`DELETE FROM identity.session WHERE sess #>> '{passport,user,principal,id}' = $1`, [userId]);
      },
    },
  };
}

/** The embedded default (no database): express-session's MemoryStore, lost on restart, one process only. */
export function memorySessionStorage(): SessionStorage {
  const store = new session.MemoryStore();
  return {
    store,
    sessions: {
      endAllOf: (userId) =>
        new Promise<void>((resolve, reject) => {
          store.all((error, all) => {
            if (error) return reject(error);
            const entries = Array.isArray(all) ? [] : Object.entries(all ?? {});
            for (const [sid, stored] of entries) if (ownerOf(stored) === userId) store.destroy(sid);
            resolve();
          });
        }),
    },
  };
}
