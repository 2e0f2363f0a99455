import { Client } from 'pg';
import { testDatabaseUrl } from '../../../support/test-database';

/**
 * Every place in the test database still holding a user id: each text-like, uuid, json or array
 * column of each table in each non-system schema, found through information_schema.
 */
export async function tracesOf(userId: string): Promise<string[]> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const columns = await client.query<{ table_schema: string; table_name: string; column_name: string }>(`
      SELECT c.table_schema, c.table_name, c.column_name
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.table_schema NOT LIKE 'pg\\_%'
        AND c.data_type IN ('text', 'character varying', 'character', 'uuid', 'json', 'jsonb', 'ARRAY')`);
    const found: string[] = [];
    for (const { table_schema, table_name, column_name } of columns.rows) {
      const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
      try {
        const hit = await client.query(
          `SELECT 1 FROM ${quoted(table_schema)}.${quoted(table_name)} WHERE CAST(${quoted(column_name)} AS text) LIKE '%' || $1 || '%' LIMIT 1`,
          [userId],
        );
        if (hit.rowCount) found.push(`${table_schema}.${table_name}.${column_name}`);
      } catch (error) {
        // Other suites create and drop layer tables meanwhile: a table gone since the listing holds nothing.
        if ((error as { code?: string }).code !== '42P01') throw error;
      }
    }
    return found;
  } finally {
    await client.end();
  }
}
