import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';

/** The subset of a pg client we use: `$n`-parameterized statements. */
export interface SqlSession {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

interface PgConnection {
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }>;
}

/** PostgreSQL's "relation does not exist": a layer whose table is not (yet) there. */
export const isMissingTable = (error: unknown): boolean => (error as { code?: unknown })?.code === '42P01';

/**
 * Runs `$n`-parameterized SQL on a connection borrowed from the ORM's pool (knex's `raw` knows only
 * `?` placeholders), so pool size and statement timeouts stay the platform's.
 */
export class PostgisConnection {
  constructor(private readonly em: EntityManager) {}

  private client(): { acquireConnection(): Promise<PgConnection>; releaseConnection(c: PgConnection): Promise<void> } {
    return (this.em.getConnection() as unknown as { getKnex(): Knex }).getKnex().client as never;
  }

  async withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    const client = this.client();
    const connection = await client.acquireConnection();
    try {
      return await work({ query: async <R>(sql: string, params: readonly unknown[] = []) => (await connection.query(sql, params as unknown[])).rows as R[] });
    } finally {
      await client.releaseConnection(connection);
    }
  }

  query<R = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    return this.withSession((session) => session.query<R>(sql, params));
  }

  /** All or nothing on one connection. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.withSession(async (session) => {
      await session.query('BEGIN');
      try {
        const result = await work(session);
        await session.query('COMMIT');
        return result;
      } catch (error) {
        await session.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }
}
