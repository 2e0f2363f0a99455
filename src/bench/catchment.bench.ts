import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Pool } from 'pg';
import type { BackgroundStreetEngine } from '../contexts/spatial-analysis/adapters/catchment/background-street-engine';
import { loadStreetNetworkFromPbf } from '../contexts/spatial-analysis/adapters/routing';
import { PostgisStreetNetworkRepository } from '../contexts/spatial-analysis/adapters/routing/postgis-street-network-repository';
import { fromFixedDegrees } from '../contexts/spatial-analysis/domain/routing/geodesy';
import type { StreetNetwork } from '../contexts/spatial-analysis/domain/routing/street-network';
import { TRAVEL_TIME_ENGINE } from '../contexts/spatial-analysis/ports/routing/travel-time-engine.port';
import { buildApp, type App } from '../platform/app';
import { loadConfig } from '../platform/config';
import type { BenchContext, BenchModule } from './bench-module';

const PBF = 'osm/porto-alegre-central.osm.pbf';
const ORIGINS = 100;
const WARM_UP = 15;
const SCHEMA = 'catchment_bench';
const PHASES = ['search', 'gridding', 'contouring', 'serialising'] as const;
type Phase = (typeof PHASES)[number];
const OUTPUTS = [
  { label: 'polygon', body: { catchment_area_type: 'polygon', polygon_difference: false } },
  { label: 'polygon (rings)', body: { catchment_area_type: 'polygon', polygon_difference: true } },
  { label: 'network', body: { catchment_area_type: 'network' } },
  { label: 'rectangular_grid', body: { catchment_area_type: 'rectangular_grid' } },
] as const;

/** Deterministic origins: the same 100 graph nodes in every run. */
function fixedNodes(network: StreetNetwork, count: number): number[] {
  let state = 20240611;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => Math.floor(next() * network.nodeCount));
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const sortedCopy = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(0)}%`;

function parseServerTiming(header: string | null): Record<Phase, number> {
  const out: Record<Phase, number> = { search: 0, gridding: 0, contouring: 0, serialising: 0 };
  for (const part of (header ?? '').split(',')) {
    const match = /^\s*(\w+);dur=([\d.]+)/.exec(part);
    if (match && (PHASES as readonly string[]).includes(match[1])) out[match[1] as Phase] = Number(match[2]);
  }
  return out;
}

interface Sample {
  readonly totalMs: number;
  readonly phases: Record<Phase, number>;
  readonly bytes: number;
}

async function listen(app: App): Promise<{ server: Server; url: string }> {
  const server = createServer(app.express);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** One full synchronous request as a client sees it: POST, answer read to its last byte. */
async function timedRequest(url: string, body: object): Promise<Sample | string> {
  const started = performance.now();
  const response = await fetch(`${url}/api/v2/routing/catchment-area`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  const totalMs = performance.now() - started;
  if (response.status !== 200) return `${response.status} ${text.slice(0, 200)}`;
  return { totalMs, phases: parseServerTiming(response.headers.get('server-timing')), bytes: text.length };
}

async function pgRoutingReference(context: BenchContext, network: StreetNetwork, nodes: readonly number[]): Promise<number[] | string> {
  const pool = new Pool({ connectionString: context.databaseUrl, max: 2 });
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS postgis');
    await pool.query('CREATE EXTENSION IF NOT EXISTS pgrouting');
    await new PostgisStreetNetworkRepository(pool, SCHEMA).replace(network);
    const edgesSql = `SELECT id, source, target, cost_walking AS cost, reverse_cost_walking AS reverse_cost FROM ${SCHEMA}.street_network_edge`;
    const times: number[] = [];
    for (const node of nodes) {
      const started = performance.now();
      await pool.query('SELECT count(*) FROM pgr_drivingDistance($1, $2::bigint, 900::float8, true)', [edgesSql, node]);
      times.push(performance.now() - started);
    }
    return times;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await pool.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => undefined);
    await pool.end();
  }
}

export const catchmentBench: BenchModule = {
  name: 'catchment',
  async run(context) {
    const file = path.join(context.dataDir, PBF);
    const network = await loadStreetNetworkFromPbf(file);
    const nodes = fixedNodes(network, ORIGINS);
    const origins = nodes.map((n) => ({ latitude: [fromFixedDegrees(network.nodeLat[n])], longitude: [fromFixedDegrees(network.nodeLon[n])] }));

    // The composed server as deployed: development identity, in-memory workspace, worker-pool engine.
    const app = buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STREET_NETWORK_PBF: file, RATE_LIMIT_MAX: '1000000' }));
    const { server, url } = await listen(app);
    try {
      const state = await app.container.resolve<BackgroundStreetEngine>(TRAVEL_TIME_ENGINE).settled();
      if (state !== 'ready') throw new Error(`the street network did not load (${state})`);
      context.log(`Porto Alegre: ${network.edgeCount} edges, ${network.nodeCount} nodes; ${ORIGINS} fixed origins; 15-min walk at 5 km/h, 5 steps.`);
      context.log('Full synchronous request: POST /api/v2/routing/catchment-area over HTTP on loopback, answer read to the end.');
      context.log('Phase shares from the Server-Timing header of each answer; "HTTP" is the rest (parsing, auth, express, socket).\n');
      context.log('| output | p50 ms | p95 ms | search | gridding | contouring | serialising | HTTP | answer KB | failed |');
      context.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
      let polygonP50 = NaN;
      for (const output of OUTPUTS) {
        const body = (i: number) => ({ starting_points: origins[i % ORIGINS], routing_type: 'walking', travel_cost: { max_traveltime: 15, steps: 5, speed: 5 }, ...output.body });
        for (let i = 0; i < WARM_UP; i++) await timedRequest(url, body(i)); // JIT and worker warm-up
        const samples: Sample[] = [];
        const failures: string[] = [];
        for (let i = 0; i < ORIGINS; i++) {
          const sample = await timedRequest(url, body(i));
          if (typeof sample === 'string') failures.push(sample);
          else samples.push(sample);
        }
        const totals = sortedCopy(samples.map((s) => s.totalMs));
        const sum = (pick: (s: Sample) => number) => samples.reduce((acc, s) => acc + pick(s), 0);
        const all = sum((s) => s.totalMs);
        const phase = (p: Phase) => sum((s) => s.phases[p]);
        const http = all - PHASES.reduce((acc, p) => acc + phase(p), 0);
        if (output.label === 'polygon') polygonP50 = percentile(totals, 50);
        context.log(
          `| ${output.label} | ${ms(percentile(totals, 50))} | ${ms(percentile(totals, 95))} | ${PHASES.map((p) => pct(phase(p), all)).join(' | ')} | ${pct(http, all)} | ` +
            `${(sum((s) => s.bytes) / Math.max(1, samples.length) / 1024).toFixed(0)} | ${failures.length} |`,
        );
        if (failures.length > 0) context.log(`  first failure: ${failures[0]}`);
      }
      context.log(`\nGoal: polygon p50 < 10 ms end to end: ${polygonP50 < 10 ? 'met' : 'NOT met'} (${ms(polygonP50)} ms).`);

      const reference = await pgRoutingReference(context, network, nodes);
      if (typeof reference === 'string') {
        context.log(`pgr_drivingDistance reference unavailable: ${reference}`);
      } else {
        const sorted = sortedCopy(reference);
        context.log(
          `pgr_drivingDistance alone (search only, same ${ORIGINS} origins, 900 s walking): p50 ${ms(percentile(sorted, 50))} ms, p95 ${ms(percentile(sorted, 95))} ms; ` +
            `our full polygon request is ${(percentile(sorted, 50) / polygonP50).toFixed(1)}x faster at p50.`,
        );
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    }
  },
};
