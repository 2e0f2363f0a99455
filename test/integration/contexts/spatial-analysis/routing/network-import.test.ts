import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import type { StreetNetwork } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network';
import { OsmiumOsmStreetSource } from '../../../../../src/contexts/spatial-analysis/adapters/routing/osmium-osm-street-source';
import { PostgisStreetNetworkRepository } from '../../../../../src/contexts/spatial-analysis/adapters/routing/postgis-street-network-repository';
import { ImportStreetNetworkUseCase } from '../../../../../src/contexts/spatial-analysis/application/routing/import-street-network.use-case';
import { buildDist, DIST_ROUTING, ROOT } from './compiled-build';
import { routingTestPool } from './routing-test-database';

const run = promisify(execFile);
const MONACO = path.resolve(ROOT, '../shared/data/osm/monaco.osm.pbf');
const SCHEMA = 'routing_import_test';

describe('importing a street network into PostGIS', () => {
  let pool: Pool;
  let scratch: string;
  let network: StreetNetwork;
  const count = async (): Promise<number> =>
    (await pool.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.street_network_edge`)).rows[0].n as number;
  const importer = (p: Pool = pool) => new ImportStreetNetworkUseCase(new OsmiumOsmStreetSource(), new PostgisStreetNetworkRepository(p, SCHEMA));

  beforeAll(async () => {
    pool = await routingTestPool();
    scratch = mkdtempSync(path.join(tmpdir(), 'routing-import-'));
    writeFileSync(path.join(scratch, 'empty.osm.pbf'), '');
    writeFileSync(path.join(scratch, 'corrupt.osm.pbf'), Buffer.from('this is not a protocol buffer'.repeat(50)));
    // Nodes only: a readable file with no ways at all.
    await run('osmium', ['tags-filter', MONACO, 'n/amenity', '--omit-referenced', '-o', path.join(scratch, 'no-ways.osm.pbf'), '--overwrite']);
    const first = await importer().execute({ filePath: MONACO });
    if (!first.ok) throw first.error;
    network = first.value.network;
  }, 120_000);

  afterAll(async () => {
    await pool?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await pool?.end();
  });

  it('stores Monaco as edges and nodes', async () => {
    expect(await count()).toBeGreaterThan(4000);
    const lengths = await pool.query(`SELECT sum(length_m) AS m, sum(ST_Length(geom::geography)) AS g FROM ${SCHEMA}.street_network_edge`);
    expect(Math.abs(lengths.rows[0].m - lengths.rows[0].g) / lengths.rows[0].g).toBeLessThan(0.005);
  });

  it.each(['empty.osm.pbf', 'corrupt.osm.pbf', 'missing.osm.pbf'])('refuses %s and keeps the stored network', async (file) => {
    const before = await count();
    const result = await importer().execute({ filePath: path.join(scratch, file) });
    expect(!result.ok && result.error.code).toBe('routing.network-file-unreadable');
    expect(await count()).toBe(before);
  });

  it('refuses a file without routable ways', async () => {
    const result = await importer().execute({ filePath: path.join(scratch, 'no-ways.osm.pbf') });
    expect(!result.ok && result.error.code).toBe('routing.network-without-routable-streets');
  });

  it('rolls back a write that fails half-way', async () => {
    const before = await count();
    // Edge 5200 is in the second insert batch; PostgreSQL refuses its speed after the nodes and
    // the first 5000 edges were written in the same transaction.
    const edgeCarSpeed = Array.from(network.edgeCarSpeed) as unknown[];
    edgeCarSpeed[5200] = 'fast';
    const broken = { ...network, edgeCarSpeed: edgeCarSpeed as unknown as Uint8Array };
    await expect(new PostgisStreetNetworkRepository(pool, SCHEMA).replace(broken)).rejects.toThrow(/integer/);
    expect(await count()).toBe(before);
  });

  it('CLI: exits non-zero with a message on a bad file', async () => {
    buildDist();
    const cli = path.join(DIST_ROUTING, 'network-import-cli.js');
    const env = { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/goat_test' };
    const failure = await run('node', [cli, path.join(scratch, 'corrupt.osm.pbf'), `--schema=${SCHEMA}`], { env }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failure && failure.code).toBe(1);
    expect((failure as { stderr: string }).stderr).toContain('routing.network-file-unreadable');
    const success = await run('node', [cli, MONACO, `--schema=${SCHEMA}`], { env });
    expect(success.stdout).toMatch(/imported .*monaco\.osm\.pbf: \d+ edges/);
  }, 120_000);
});
