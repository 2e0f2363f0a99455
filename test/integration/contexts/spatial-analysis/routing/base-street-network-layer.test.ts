import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { MikroORM } from '@mikro-orm/core';
import type { Pool } from 'pg';
import request from 'supertest';
import { BASE_STREET_NETWORK_LAYER_ID, SYSTEM_OWNER_ID } from '../../../../../src/contexts/spatial-analysis/application/layers/base-street-network-layer';
import { RegisterBaseStreetNetworkLayer } from '../../../../../src/contexts/spatial-analysis/application/layers/register-base-street-network-layer';
import { ImportStreetNetworkUseCase } from '../../../../../src/contexts/spatial-analysis/application/routing/import-street-network.use-case';
import { EnsureHomeFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/ensure-home-folder.use-case';
import { MikroOrmFolderRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/mikro-orm-folder.repository';
import { MikroOrmLayerRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/mikro-orm-layer.repository';
import { LayerPublishingStreetNetworkRepository } from '../../../../../src/contexts/spatial-analysis/adapters/routing/layer-publishing-street-network-repository';
import { OsmiumOsmStreetSource } from '../../../../../src/contexts/spatial-analysis/adapters/routing/osmium-osm-street-source';
import { PostgisStreetNetworkRepository } from '../../../../../src/contexts/spatial-analysis/adapters/routing/postgis-street-network-repository';
import { openStreetNetworkImportDatabase, type StreetNetworkImportDatabase } from '../../../../../src/contexts/spatial-analysis/adapters/routing/street-network-import-database';
import type { LayerRepository } from '../../../../../src/contexts/spatial-analysis/ports/layers/layer-repository.port';
import type { StreetNetworkRepository } from '../../../../../src/contexts/spatial-analysis/ports/routing/street-network-repository.port';
import { systemClock } from '../../../../../src/shared-kernel/clock';
import type { App } from '../../../../../src/platform/app';
import { decodeTile } from '../../../../support/contracts/feature-store.contract';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { testDatabaseUrl } from '../../../../support/test-database';
import { useIsolatedTestDatabase } from '../../../../support/isolated-database';
import { workspaceOrm } from '../workspace-orm';
import { buildDist, DIST_ROUTING, ROOT } from './compiled-build';
import { routingTestPool } from './routing-test-database';

// The base layer is platform-wide: every new project receives it. Its own database keeps it from
// appearing in the projects of suites running beside this one.
useIsolatedTestDatabase('base_network');

const run = promisify(execFile);
const MONACO = path.resolve(ROOT, '../shared/data/osm/monaco.osm.pbf');
const LAYER = `/api/v2/layer/${BASE_STREET_NETWORK_LAYER_ID}`;
const COLLECTION = `/api/v2/ogc/collections/${BASE_STREET_NETWORK_LAYER_ID}`;

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

/** The WebMercatorQuad tile holding a point. */
function tileAt(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return { z, x: Math.floor(((lon + 180) / 360) * n), y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n) };
}

describe('the base street-network layer (network:import -> layers API, OGC items, tiles)', () => {
  const { orm } = workspaceOrm();
  let pool: Pool;
  let scratch: string;
  let database: StreetNetworkImportDatabase;
  let app: App;
  const edgeCount = async (): Promise<number> =>
    (await pool.query('SELECT count(*)::int AS n FROM spatial_analysis.street_network_edge')).rows[0].n as number;
  const get = (url: string, user = 'alice') => request(app.express).get(url).set('Authorization', userToken(user));

  /** The CLI's composition, with the layer repository and the network store open to faults. */
  const importer = (db: MikroORM, wrap: { layers?: (l: LayerRepository) => LayerRepository; store?: (s: StreetNetworkRepository) => StreetNetworkRepository } = {}) => {
    const layers = new MikroOrmLayerRepository(db.em);
    const register = new RegisterBaseStreetNetworkLayer(wrap.layers?.(layers) ?? layers, new EnsureHomeFolder(new MikroOrmFolderRepository(db.em), systemClock), systemClock);
    const store = new PostgisStreetNetworkRepository(pool);
    return new ImportStreetNetworkUseCase(new OsmiumOsmStreetSource(), new LayerPublishingStreetNetworkRepository(wrap.store?.(store) ?? store, register));
  };

  beforeAll(async () => {
    pool = await routingTestPool();
    scratch = mkdtempSync(path.join(tmpdir(), 'base-street-network-'));
    writeFileSync(path.join(scratch, 'corrupt.osm.pbf'), Buffer.from('this is not a protocol buffer'.repeat(50)));
    await run('osmium', ['extract', '-b', '7.41,43.725,7.425,43.74', MONACO, '-o', path.join(scratch, 'monaco-west.osm.pbf'), '--overwrite']);
    database = await openStreetNetworkImportDatabase(testDatabaseUrl());
    const imported = await database.importer.execute({ filePath: MONACO });
    if (!imported.ok) throw imported.error;
    app = buildTestApp({ database: true, testUsers: true });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await pool?.end();
  });

  it('stores the edges and registers one street_network feature layer that shows them', async () => {
    const edges = await edgeCount();
    expect(edges).toBeGreaterThan(4000);
    expect(database.publishedLayer()?.id).toBe(BASE_STREET_NETWORK_LAYER_ID);
    const response = await get(LAYER);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: BASE_STREET_NETWORK_LAYER_ID,
      name: 'Street network (monaco.osm.pbf)',
      type: 'feature',
      feature_layer_type: 'street_network',
      feature_layer_geometry_type: 'line',
      feature_count: edges,
      user_id: SYSTEM_OWNER_ID,
    });
    expect(response.body.attribute_mapping).toMatchObject({ highway: 'highway', length_m: 'length_m', cost_walking: 'cost_walking', reverse_cost_car: 'reverse_cost_car' });
    expect(response.body.extent.type).toBe('Polygon');
    const indexes = await pool.query("SELECT indexdef FROM pg_indexes WHERE schemaname = 'spatial_analysis' AND tablename IN ('street_network_edge', 'street_network_node')");
    expect(indexes.rows.filter((r) => /USING gist \(geom\)/.test(r.indexdef as string))).toHaveLength(2);
  });

  it('serves the edges as OGC items and vector tiles', async () => {
    const items = await get(`${COLLECTION}/items`).query({ limit: 5 });
    expect(items.status).toBe(200);
    expect(items.body.numberMatched).toBe(await edgeCount());
    expect(items.body.features).toHaveLength(5);
    expect(items.body.features[0]).toMatchObject({ id: 1, geometry: { type: 'LineString' } });
    expect(typeof items.body.features[0].properties.highway).toBe('string');
    expect(items.body.features[0].properties.length_m).toBeGreaterThan(0);

    const residential = await get(`${COLLECTION}/items`).query({ filter: "highway = 'residential'", limit: 1 });
    expect(residential.status).toBe(200);
    expect(residential.body.numberMatched).toBeGreaterThan(0);
    const one = await get(`${COLLECTION}/items/1`);
    expect(one.status).toBe(200);
    expect(one.body.geometry.type).toBe('LineString');

    const { z, x, y } = tileAt(7.4246, 43.7384, 14);
    const tile = await get(`${COLLECTION}/tiles/${z}/${x}/${y}`).buffer(true).parse(binary);
    expect(tile.status).toBe(200);
    const edges = decodeTile(new Uint8Array(tile.body as Buffer))[BASE_STREET_NETWORK_LAYER_ID];
    expect(edges.length).toBeGreaterThan(50);
    expect(edges[0].properties).toHaveProperty('highway');
  });

  it('is readable by another user but read-only: PUT, DELETE and feature edits are 403', async () => {
    expect((await get(LAYER, 'bob')).status).toBe(200);
    expect((await get(`${COLLECTION}/items`, 'bob').query({ limit: 1 })).status).toBe(200);
    const put = await request(app.express).put(LAYER).set('Authorization', userToken('bob')).send({ name: 'mine now' });
    expect(put.status).toBe(403);
    expect(put.body.code).toBe('workspace.layer-forbidden');
    const del = await request(app.express).delete(LAYER).set('Authorization', userToken('bob'));
    expect(del.status).toBe(403);
    const edit = await request(app.express)
      .delete(`${COLLECTION}/items/1`)
      .set('Authorization', userToken('bob'));
    expect(edit.status).toBe(403);
    expect((await get(LAYER)).body.name).toBe('Street network (monaco.osm.pbf)');
    expect((await get(`${COLLECTION}/items/1`)).status).toBe(200);
  });

  it('can be placed in a planner\'s project by id', async () => {
    const planner = `planner-${Date.now().toString(36)}`;
    const as = (r: request.Test) => r.set('Authorization', userToken(planner));
    const home = (await as(request(app.express).get('/api/v2/folder'))).body.items[0].id as string;
    const project = await as(request(app.express).post('/api/v2/project')).send({ folder_id: home, name: 'Walkability' });
    expect(project.status).toBe(201);
    const added = await as(request(app.express).post(`/api/v2/project/${project.body.id}/layer?layer_ids=${BASE_STREET_NETWORK_LAYER_ID}`));
    expect(added.status).toBe(200);
    expect(added.body[0]).toMatchObject({ layer_id: BASE_STREET_NETWORK_LAYER_ID, feature_layer_type: 'street_network' });
    expect((await as(request(app.express).delete(`/api/v2/project/${project.body.id}`))).status).toBe(204);
    expect((await get(LAYER)).status).toBe(200);
  });

  it('keeps the previous network and layer when an import fails (bad file, layer write, commit)', async () => {
    const before = { edges: await edgeCount(), layer: (await get(LAYER)).body };
    const unchanged = async () => {
      expect(await edgeCount()).toBe(before.edges);
      const now = await get(LAYER);
      expect(now.body).toMatchObject({ name: before.layer.name, feature_count: before.edges, updated_at: before.layer.updated_at });
      expect((await get(`${COLLECTION}/items`).query({ limit: 1 })).body.numberMatched).toBe(before.edges);
    };

    const corrupt = await database.importer.execute({ filePath: path.join(scratch, 'corrupt.osm.pbf') });
    expect(!corrupt.ok && corrupt.error.code).toBe('routing.network-file-unreadable');
    await unchanged();

    const failingLayers = (layers: LayerRepository): LayerRepository =>
      Object.assign(Object.create(layers) as LayerRepository, { save: () => Promise.reject(new Error('layer store down')) });
    await expect(importer(orm(), { layers: failingLayers }).execute({ filePath: path.join(scratch, 'monaco-west.osm.pbf') })).rejects.toThrow('layer store down');
    await unchanged();

    // The record is written, then the network's commit fails: the previous record comes back.
    const failingCommit = (store: StreetNetworkRepository): StreetNetworkRepository => ({
      replace: (network, sourceName, publication) =>
        store.replace(network, sourceName, publication && {
          layerId: publication.layerId,
          beforeCommit: async (stored) => {
            await publication.beforeCommit(stored);
            throw new Error('commit refused');
          },
        }),
    });
    await expect(importer(orm(), { store: failingCommit }).execute({ filePath: path.join(scratch, 'monaco-west.osm.pbf') })).rejects.toThrow('commit refused');
    await unchanged();
  }, 60_000);

  it('re-import replaces it: same id, new file name and counts, same creation time', async () => {
    const before = (await get(LAYER)).body;
    const imported = await database.importer.execute({ filePath: path.join(scratch, 'monaco-west.osm.pbf') });
    if (!imported.ok) throw imported.error;
    const edges = await edgeCount();
    expect(edges).toBe(imported.value.edges);
    expect(edges).toBeLessThan(before.feature_count);
    const after = await get(LAYER);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ id: BASE_STREET_NETWORK_LAYER_ID, name: 'Street network (monaco-west.osm.pbf)', feature_count: edges, created_at: before.created_at });
    expect((await get(`${COLLECTION}/items`).query({ limit: 1 })).body.numberMatched).toBe(edges);
    const layers = await pool.query("SELECT count(*)::int AS n FROM spatial_analysis.layer WHERE feature_layer_type = 'street_network'");
    expect(layers.rows[0].n).toBe(1);
  }, 60_000);

  it('CLI: `network:import <file>` reports the layer it registered', async () => {
    buildDist();
    const env = { ...process.env, DATABASE_URL: testDatabaseUrl() };
    const { stdout } = await run('node', [path.join(DIST_ROUTING, 'network-import-cli.js'), MONACO], { env });
    const edges = await edgeCount();
    expect(stdout).toContain(`layer ${BASE_STREET_NETWORK_LAYER_ID} "Street network (monaco.osm.pbf)": ${edges} features`);
    expect((await get(LAYER)).body).toMatchObject({ name: 'Street network (monaco.osm.pbf)', feature_count: edges });
  }, 180_000);
});
