import path from 'node:path';
import { Pool } from 'pg';
import { OsmiumOsmStreetSource } from '../contexts/spatial-analysis/adapters/routing/osmium-osm-street-source';
import { PostgisStreetNetworkRepository } from '../contexts/spatial-analysis/adapters/routing/postgis-street-network-repository';
import { toSharedStreetNetwork } from '../contexts/spatial-analysis/adapters/routing/shared-street-network';
import { networkByteSize, type StreetNetwork } from '../contexts/spatial-analysis/domain/routing/street-network';
import { buildStreetNetwork } from '../contexts/spatial-analysis/domain/routing/street-network-builder';
import { TravelTimeCalculator } from '../contexts/spatial-analysis/domain/routing/travel-time-calculator';
import type { StreetMode } from '../contexts/spatial-analysis/domain/routing/travel-mode';
import type { BenchContext, BenchModule } from './bench-module';

const CITIES = [
  { name: 'Porto Alegre', file: 'osm/porto-alegre-central.osm.pbf' },
  { name: 'Monaco', file: 'osm/monaco.osm.pbf' },
];
const SCENARIOS: readonly { mode: StreetMode; seconds: number }[] = [
  { mode: 'walking', seconds: 900 },
  { mode: 'bicycle', seconds: 1800 },
  { mode: 'car', seconds: 900 },
];
const ORIGINS = 100;
const SCHEMA = 'routing_bench';

/** Deterministic origins: the same 100 graph nodes in every run. */
function fixedRandomNodes(network: StreetNetwork, count: number): number[] {
  let state = 20240607;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => Math.floor(next() * network.nodeCount));
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value: number): string => (value < 10 ? value.toFixed(3) : value.toFixed(1));

/** Bytes of the search arrays alone (no edge geometry, no spatial index). */
function coreBytes(n: StreetNetwork): number {
  return [n.nodeLon, n.nodeLat, n.firstArc, n.arcs, n.edgeSource, n.edgeTarget, n.edgeLength, n.edgeTraversal, n.edgeCarSpeed, n.edgeSurfacePenalty, n.edgeHighway]
    .reduce((sum, a) => sum + a.byteLength, 0);
}

async function benchCity(context: BenchContext, pool: Pool, city: (typeof CITIES)[number]): Promise<void> {
  const file = path.join(context.dataDir, city.file);
  let started = performance.now();
  const extract = await new OsmiumOsmStreetSource().read(file);
  if (!extract.ok) throw extract.error;
  const readMs = performance.now() - started;
  started = performance.now();
  const built = buildStreetNetwork(extract.value, file);
  if (!built.ok) throw built.error;
  const network = built.value;
  const buildMs = performance.now() - started;
  started = performance.now();
  toSharedStreetNetwork(network);
  const shareMs = performance.now() - started;
  started = performance.now();
  await new PostgisStreetNetworkRepository(pool, SCHEMA).replace(network);
  const writeMs = performance.now() - started;

  context.log(`\n### ${city.name}: ${network.edgeCount} edges, ${network.nodeCount} nodes`);
  context.log(`import: osmium read + parse ${ms(readMs)} ms, graph build ${ms(buildMs)} ms, PostGIS write ${ms(writeMs)} ms`);
  context.log(`graph load (build + copy into shared memory): ${ms(buildMs + shareMs)} ms`);
  context.log(
    `bytes per edge: ${(networkByteSize(network) / network.edgeCount).toFixed(1)} total (search arrays ${(coreBytes(network) / network.edgeCount).toFixed(1)}, ` +
      `geometry + spatial index the rest)`,
  );

  const calculator = new TravelTimeCalculator(network);
  const origins = fixedRandomNodes(network, ORIGINS);
  context.log('| search | ours p50 ms | ours p95 ms | settled avg | pgRouting p50 ms | pgRouting p95 ms | ratio p50 |');
  context.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const { mode, seconds } of SCENARIOS) {
    const query = (node: number) => ({
      origins: [{ lon: network.nodeLon[node] / 1e7, lat: network.nodeLat[node] / 1e7 }],
      mode: { kind: 'street' as const, mode },
      limit: { kind: 'time' as const, maxSeconds: seconds },
      want: {},
    });
    for (const node of origins.slice(0, 10)) calculator.calculate(query(node)); // warm-up (JIT)
    const ours: number[] = [];
    let settled = 0;
    for (const node of origins) {
      const t = performance.now();
      const result = calculator.calculate(query(node));
      ours.push(performance.now() - t);
      if (result.ok) settled += result.value.settledNodes;
    }
    const reference: number[] = [];
    const edgesSql = `SELECT id, source, target, cost_${mode} AS cost, reverse_cost_${mode} AS reverse_cost FROM ${SCHEMA}.street_network_edge`;
    for (const node of origins) {
      const t = performance.now();
      await pool.query('SELECT count(*) FROM pgr_drivingDistance($1, $2::bigint, $3::float8, true)', [edgesSql, node, seconds]);
      reference.push(performance.now() - t);
    }
    ours.sort((a, b) => a - b);
    reference.sort((a, b) => a - b);
    const ratio = percentile(reference, 50) / percentile(ours, 50);
    context.log(
      `| ${seconds / 60}-min ${mode} | ${ms(percentile(ours, 50))} | ${ms(percentile(ours, 95))} | ${Math.round(settled / ORIGINS)} | ` +
        `${ms(percentile(reference, 50))} | ${ms(percentile(reference, 95))} | ${ratio.toFixed(0)}x |`,
    );
  }
  context.log(
    `per-thread search memory after these ${SCENARIOS.length} modes (node scratch + arc costs per mode): ` +
      `${(calculator.scratchByteSize() / network.edgeCount).toFixed(1)} bytes per edge`,
  );
}

export const routingBench: BenchModule = {
  name: 'routing',
  async run(context) {
    const pool = new Pool({ connectionString: context.databaseUrl, max: 2 });
    try {
      await pool.query('CREATE EXTENSION IF NOT EXISTS postgis');
      await pool.query('CREATE EXTENSION IF NOT EXISTS pgrouting');
      context.log(`Built-in engine vs pgr_drivingDistance on the same graph (${ORIGINS} fixed origins; pgRouting timed per query from the client).`);
      for (const city of CITIES) await benchCity(context, pool, city);
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => undefined);
      await pool.end();
    }
  },
};
