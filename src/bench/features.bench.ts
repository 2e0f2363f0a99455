import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { layerTable } from '../contexts/spatial-analysis/adapters/persistence/postgis/layer-table-sql';
import { EnsureHomeFolder } from '../contexts/spatial-analysis/application/workspace/ensure-home-folder.use-case';
import { newLayer, type Layer } from '../contexts/spatial-analysis/domain/layers/layer';
import type { LayerAttribute } from '../contexts/spatial-analysis/domain/layers/layer-attributes';
import { LAYER_FEATURE_STORE, type LayerFeatureStore, type SourceFeature } from '../contexts/spatial-analysis/ports/layers/layer-feature-store.port';
import { LAYER_REPOSITORY, type LayerRepository } from '../contexts/spatial-analysis/ports/layers/layer-repository.port';
import { DEFAULT_TILE_FEATURE_CAP } from '../contexts/spatial-analysis/domain/features/tile-feature-cap';
import { buildApp } from '../platform/app';
import { loadConfig } from '../platform/config';
import type { BenchContext, BenchModule } from './bench-module';

const FEATURES = 100_000;
/** The development identity every request acts as when no OIDC issuer is configured. */
const DEVELOPMENT_USER = '744e4fd1-685c-495c-8b02-efebce875359';
const CENTRE = { lon: 11.55, lat: 48.14 };
const ZOOMS = [10, 11, 12, 13, 14, 15, 16];
const PAGE = 1000;
const ROUNDS = 3;
const ATTRIBUTES: LayerAttribute[] = [
  { name: 'name', column: 'name', type: 'text' },
  { name: 'population', column: 'population', type: 'integer' },
  { name: 'rating', column: 'rating', type: 'number' },
];

/** Deterministic points around Munich, denser towards the centre, as a city's stops and buildings are. */
function* points(count: number): Generator<SourceFeature> {
  let state = 20250101;
  const next = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < count; i++) {
    const r = 0.25 * Math.sqrt(next()) * next();
    const a = 2 * Math.PI * next();
    yield {
      geometry: { type: 'Point', coordinates: [CENTRE.lon + r * Math.cos(a) * 1.5, CENTRE.lat + r * Math.sin(a)] },
      properties: { name: `feature ${i}`, population: Math.floor(next() * 1000), rating: Math.round(next() * 50) / 10 },
    };
  }
}

/** A 3×3 block of tiles around the centre at every zoom from 10 to 16. */
function tileSet(): { z: number; x: number; y: number }[] {
  const tiles = [];
  for (const z of ZOOMS) {
    const n = 2 ** z;
    const cx = Math.floor(((CENTRE.lon + 180) / 360) * n);
    const lat = (CENTRE.lat * Math.PI) / 180;
    const cy = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) tiles.push({ z, x: cx + dx, y: cy + dy });
  }
  return tiles;
}

/**
 * Ours and bare, one item at a time, alternating which goes first, so both see the same load of a
 * shared machine (timed in two separate blocks, a busy spell during one skewed the ratio by ±50 %).
 */
async function paired<T>(rounds: number, items: readonly T[], ours: (item: T) => Promise<void>, bare: (item: T) => Promise<void>): Promise<{ ours: number; bare: number }> {
  for (const item of items) { await ours(item); await bare(item); } // warm-up: plans, caches, connections
  const total = { ours: 0n, bare: 0n };
  const time = async (side: 'ours' | 'bare', item: T) => {
    const start = process.hrtime.bigint();
    await (side === 'ours' ? ours : bare)(item);
    total[side] += process.hrtime.bigint() - start;
  };
  for (let round = 0; round < rounds; round++) {
    for (const [i, item] of items.entries()) {
      const first = (round + i) % 2 === 0 ? 'ours' : 'bare';
      await time(first, item);
      await time(first === 'ours' ? 'bare' : 'ours', item);
    }
  }
  return { ours: Number(total.ours) / 1e9, bare: Number(total.bare) / 1e9 };
}

const rate = (count: number, seconds: number): string => (count / seconds).toFixed(1);

/**
 * Tiles/s over a z10–16 tile set and items pages/s on a 100,000-point layer in PostGIS, through the
 * whole HTTP stack, each against the bare ST_AsMVT / SELECT on the same table in the same run.
 */
export const featuresBench: BenchModule = {
  name: 'features',
  async run(context: BenchContext): Promise<void> {
    const app = buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: context.databaseUrl, RATE_LIMIT_MAX: '1000000' }));
    const pool = new Pool({ connectionString: context.databaseUrl, max: 2 });
    const server = createServer(app.express);
    let layer: Layer | null = null;
    try {
      await app.migrate();
      const home = await app.container.resolve(EnsureHomeFolder).execute(DEVELOPMENT_USER);
      const created = newLayer({ ownerId: DEVELOPMENT_USER, folderId: home.id, metadata: { name: 'bench points' }, type: 'feature', geometryType: 'point' }, new Date());
      if (!created.ok) throw created.error;
      layer = created.value;
      context.log(`seeding ${FEATURES.toLocaleString('en')} points…`);
      const stored = await app.container.resolve<LayerFeatureStore>(LAYER_FEATURE_STORE).create(layer.id, { geometryType: 'point', attributes: ATTRIBUTES, features: async function* () { yield* points(FEATURES); } });
      await app.container.resolve<LayerRepository>(LAYER_REPOSITORY).save({ ...layer, data: { ...layer.data, featureCount: stored.featureCount, extent: stored.extent, attributes: ATTRIBUTES } });
      await pool.query(`ANALYZE user_data."${layerTable(layer.id)}"`);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const table = `user_data."${layerTable(layer.id)}"`;
      const layerId = layer.id;

      // Tiles
      const tiles = tileSet();
      // Like for like: the same tiles as ours (same 15,000-feature cap, written the way the planner
      // keeps the GiST index for it), checked byte for byte below.
      const bareTile = `SELECT ST_AsMVT(q, $4::text, 4096, 'geom', 'id') AS tile FROM (
          SELECT id, ST_AsMVTGeom(ST_Transform(geom, 3857), ST_TileEnvelope($1, $2, $3), 4096, 64, true) AS geom, name, population, rating
          FROM (SELECT * FROM ${table} WHERE geom && ST_Transform(ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096), 4326) LIMIT $5) c) q WHERE q.geom IS NOT NULL`;
      const bareTileParams = (t: { z: number; x: number; y: number }) => [t.z, t.x, t.y, layerId, DEFAULT_TILE_FEATURE_CAP];
      let same = 0;
      for (const t of tiles) {
        const response = await fetch(`${url}/api/v2/ogc/collections/${layerId}/tiles/${t.z}/${t.x}/${t.y}`);
        const served = Buffer.from(await response.arrayBuffer());
        const reference = (await pool.query<{ tile: Buffer | null }>(bareTile, bareTileParams(t))).rows[0]?.tile ?? Buffer.alloc(0);
        if (served.equals(reference)) same++;
      }
      let bytes = 0;
      const oursTile = async (t: { z: number; x: number; y: number }) => {
        const response = await fetch(`${url}/api/v2/ogc/collections/${layerId}/tiles/${t.z}/${t.x}/${t.y}`);
        if (response.status !== 200 && response.status !== 204) throw new Error(`tile ${t.z}/${t.x}/${t.y}: ${response.status}`);
        bytes += (await response.arrayBuffer()).byteLength;
      };
      const bareTileOf = async (t: { z: number; x: number; y: number }) => void (await pool.query(bareTile, bareTileParams(t)));
      const all = await paired(ROUNDS, tiles, oursTile, bareTileOf);
      context.log(`(${same} of ${tiles.length} tiles byte-identical to the bare query's)`);
      const tileCount = tiles.length * ROUNDS;
      context.log(`| measure | ours (HTTP, /tiles) | bare ST_AsMVT | ratio ours/bare (time) |`);
      context.log(`| --- | --- | --- | --- |`);
      context.log(`| tiles/s, z10–16, ${tiles.length} tiles × ${ROUNDS} | ${rate(tileCount, all.ours)} | ${rate(tileCount, all.bare)} | ${(all.ours / all.bare).toFixed(2)} (overhead ${(((all.ours - all.bare) / all.bare) * 100).toFixed(0)}%) |`);
      for (const z of ZOOMS) {
        const at = tiles.filter((t) => t.z === z);
        const zoom = await paired(ROUNDS, at, oursTile, bareTileOf);
        context.log(`| tiles/s at z${z} | ${rate(at.length * ROUNDS, zoom.ours)} | ${rate(at.length * ROUNDS, zoom.bare)} | ${(zoom.ours / zoom.bare).toFixed(2)} |`);
      }

      // Items pages
      const pages = Math.ceil(FEATURES / PAGE);
      const step = 10;
      const offsets = Array.from({ length: Math.ceil(pages / step) }, (_, i) => i * step * PAGE);
      const bareItems = `SELECT id, ST_AsGeoJSON(geom, 15) AS geom, name, population, rating FROM ${table} ORDER BY id LIMIT $1 OFFSET $2`;
      const items = await paired(
        ROUNDS,
        offsets,
        async (offset) => {
          const response = await fetch(`${url}/api/v2/ogc/collections/${layerId}/items?limit=${PAGE}&offset=${offset}`);
          if (response.status !== 200) throw new Error(`items offset ${offset}: ${response.status}`);
          await response.arrayBuffer();
        },
        async (offset) => void (await pool.query(bareItems, [PAGE, offset])),
      );
      const [oursItems, bareItemsTime] = [items.ours, items.bare];
      const pageCount = offsets.length * ROUNDS;
      context.log(`| items pages/s (${PAGE} features, ${offsets.length} offsets × ${ROUNDS}) | ${rate(pageCount, oursItems)} | ${rate(pageCount, bareItemsTime)} (bare SELECT) | ${(oursItems / bareItemsTime).toFixed(2)} (overhead ${(((oursItems - bareItemsTime) / bareItemsTime) * 100).toFixed(0)}%) |`);
      context.log(`(${(bytes / 1024 / 1024).toFixed(1)} MiB of tiles served; goal: overhead under 25%)`);
    } finally {
      server.close();
      if (layer) {
        await app.container.resolve<LayerFeatureStore>(LAYER_FEATURE_STORE).drop(layer.id).catch(() => undefined);
        await app.container.resolve<LayerRepository>(LAYER_REPOSITORY).delete(layer.id).catch(() => undefined);
      }
      await pool.end();
      await app.close();
    }
  },
};
