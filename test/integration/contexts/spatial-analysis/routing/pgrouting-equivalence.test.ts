import path from 'node:path';
import type { Pool } from 'pg';
import { OsmiumOsmStreetSource } from '../../../../../src/contexts/spatial-analysis/adapters/routing/osmium-osm-street-source';
import { PostgisStreetNetworkRepository } from '../../../../../src/contexts/spatial-analysis/adapters/routing/postgis-street-network-repository';
import { ImportStreetNetworkUseCase } from '../../../../../src/contexts/spatial-analysis/application/routing/import-street-network.use-case';
import type { StreetNetwork } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network';
import { TravelTimeCalculator } from '../../../../../src/contexts/spatial-analysis/domain/routing/travel-time-calculator';
import type { TravelLimit } from '../../../../../src/contexts/spatial-analysis/domain/routing/travel-limit';
import type { StreetMode } from '../../../../../src/contexts/spatial-analysis/domain/routing/travel-mode';
import { routingTestPool } from './routing-test-database';

const PBF = path.resolve(__dirname, '../../../../../../shared/data/osm/porto-alegre-central.osm.pbf');
const SCHEMA = 'routing_equivalence_test';

describe('built-in engine against pgRouting on Porto Alegre', () => {
  let pool: Pool;
  let network: StreetNetwork;

  beforeAll(async () => {
    pool = await routingTestPool();
    const imported = await new ImportStreetNetworkUseCase(new OsmiumOsmStreetSource(), new PostgisStreetNetworkRepository(pool, SCHEMA)).execute({
      filePath: PBF,
    });
    if (!imported.ok) throw imported.error;
    network = imported.value.network;
  }, 120_000);

  afterAll(async () => {
    await pool?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await pool?.end();
  });

  it('writes every edge and node, GiST-indexed', async () => {
    const edges = await pool.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.street_network_edge`);
    const nodes = await pool.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.street_network_node`);
    expect(edges.rows[0].n).toBe(network.edgeCount);
    expect(nodes.rows[0].n).toBe(network.nodeCount);
    const indexes = await pool.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexdef ILIKE '%gist%'`, [SCHEMA]);
    expect(indexes.rowCount).toBe(2);
  });

  const origins = [101, 2_000, 7_777, 12_345, 18_000];
  const cases: { mode: StreetMode; limit: TravelLimit; costSql: string }[] = [
    { mode: 'walking', limit: { kind: 'time', maxSeconds: 900 }, costSql: 'cost_walking AS cost, reverse_cost_walking AS reverse_cost' },
    { mode: 'wheelchair', limit: { kind: 'time', maxSeconds: 900 }, costSql: 'cost_wheelchair AS cost, reverse_cost_wheelchair AS reverse_cost' },
    { mode: 'bicycle', limit: { kind: 'time', maxSeconds: 900 }, costSql: 'cost_bicycle AS cost, reverse_cost_bicycle AS reverse_cost' },
    { mode: 'pedelec', limit: { kind: 'time', maxSeconds: 600 }, costSql: 'cost_pedelec AS cost, reverse_cost_pedelec AS reverse_cost' },
    { mode: 'car', limit: { kind: 'time', maxSeconds: 600 }, costSql: 'cost_car AS cost, reverse_cost_car AS reverse_cost' },
    {
      mode: 'walking',
      limit: { kind: 'distance', maxMetres: 1500 },
      costSql: `CASE WHEN cost_walking < 0 THEN -1 ELSE length_m END AS cost, CASE WHEN reverse_cost_walking < 0 THEN -1 ELSE length_m END AS reverse_cost`,
    },
  ];

  it.each(cases)('gives the same cost as pgr_drivingDistance, node by node, for $mode ($limit.kind)', async ({ mode, limit, costSql }) => {
    const budget = limit.kind === 'time' ? limit.maxSeconds : limit.maxMetres;
    const calculator = new TravelTimeCalculator(network);
    let compared = 0;
    for (const origin of origins) {
      const result = calculator.calculate({
        origins: [{ lon: network.nodeLon[origin] / 1e7, lat: network.nodeLat[origin] / 1e7 }],
        mode: { kind: 'street', mode },
        limit,
        want: {},
      });
      if (!result.ok) throw result.error;
      // Skip origins the mode cannot use at all (pgRouting would answer with just the origin).
      if (calculator.costAtNode(origin) !== 0) continue;
      const reference = await pool.query<{ node: string; agg_cost: number }>(
        `SELECT node, agg_cost FROM pgr_drivingDistance($1, $2::bigint, $3::float8, true)`,
        [`SELECT id, source, target, ${costSql} FROM ${SCHEMA}.street_network_edge`, origin, budget],
      );
      const expected = new Map(reference.rows.map((r) => [Number(r.node), r.agg_cost]));
      expect(expected.size).toBeGreaterThan(1);
      for (const [node, cost] of expected) {
        const ours = calculator.costAtNode(node);
        if (ours === Infinity) expect(cost).toBeGreaterThan(budget - 1);
        else expect(Math.abs(ours - cost)).toBeLessThanOrEqual(1);
        compared++;
      }
      for (const node of calculator.reachedNodes()) {
        if (!expected.has(node)) expect(calculator.costAtNode(node)).toBeGreaterThan(budget - 1);
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
