import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { userToken } from '../../../../support/test-app';
import { importFile } from '../../../../support/workspace-jobs';
import { homeFolderOf, rasterLayer, workspaceTestApp } from '../workspace-http-support';

jest.setTimeout(60_000);

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('layers over HTTP (%s)', (_name, database) => {
  const files = mkdtempSync(join(tmpdir(), 'goat-layers-'));
  const built = workspaceTestApp(database, { UPLOAD_DIR: files });
  const app = built.express;
  const suffix = `${Date.now()}${database ? 'db' : 'mem'}`;
  const alice = userToken(`alice-layers-${suffix}`);
  const bob = userToken(`bob-layers-${suffix}`);
  afterAll(async () => {
    await built.close();
    rmSync(files, { recursive: true, force: true });
  });

  async function aliceFeatureLayer(): Promise<{ layerId: string; folderId: string }> {
    const folderId = await homeFolderOf(app, alice);
    const path = join(files, 'secret.geojson');
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 'Secret name': 'Hidden' }, geometry: { type: 'Point', coordinates: [7.42, 43.73] } }] }));
    const { layerId } = await importFile(app, alice, path, { folderId, name: 'Secret layer' });
    return { layerId, folderId };
  }

  it('reads, lists with filters, updates metadata, moves and deletes layers', async () => {
    const { layerId, folderId } = await aliceFeatureLayer();
    const read = await request(app).get(`/api/v2/layer/${layerId}`).set('Authorization', alice);
    expect(read.body).toMatchObject({
      id: layerId,
      folder_id: folderId,
      name: 'Secret layer',
      type: 'feature',
      attribute_mapping: { secret_name: 'Secret name' },
      attribute_types: { secret_name: 'text' },
      upload_file_type: 'geojson',
      upload_reference_system: 'EPSG:4326',
      feature_count: 1,
    });
    expect(read.body.properties).toMatchObject({ radius: 5 });
    const target = (await request(app).post('/api/v2/folder').set('Authorization', alice).send({ name: `Moved ${suffix}` })).body.id;
    const updated = await request(app)
      .put(`/api/v2/layer/${layerId}`)
      .set('Authorization', alice)
      .send({ name: 'Schools', description: 'All schools', tags: ['education'], license: 'ODbL', attribution: '© OSM', data_reference_year: 2024, folder_id: target });
    expect(updated.body).toMatchObject({ name: 'Schools', tags: ['education'], license: 'ODbL', folder_id: target, data_reference_year: 2024 });
    await rasterLayer(app, alice, folderId, 'Tiles');
    const rasters = await request(app).post('/api/v2/layer?size=10').set('Authorization', alice).send({ type: ['raster'] });
    expect(rasters.body.items.map((layer: { name: string }) => layer.name)).toEqual(['Tiles']);
    const inTarget = await request(app).post('/api/v2/layer').set('Authorization', alice).send({ folder_id: target, search: 'SCHOOL' });
    expect(inTarget.body).toMatchObject({ total: 1, items: [{ id: layerId }] });
    expect((await request(app).delete(`/api/v2/layer/${layerId}`).set('Authorization', alice)).status).toBe(204);
    expect((await request(app).get(`/api/v2/layer/${layerId}`).set('Authorization', alice)).status).toBe(404);
  });

  it('deleting a folder deletes its projects and layers with their rows', async () => {
    const folder = (await request(app).post('/api/v2/folder').set('Authorization', alice).send({ name: `Doomed ${suffix}` })).body.id as string;
    const path = join(files, 'doomed.geojson');
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [7.42, 43.73] } }] }));
    const { layerId } = await importFile(app, alice, path, { folderId: folder });
    const project = (await request(app).post('/api/v2/project').set('Authorization', alice).send({ folder_id: folder, name: 'Doomed project' })).body.id;
    expect((await request(app).delete(`/api/v2/folder/${folder}`).set('Authorization', alice)).status).toBe(204);
    expect((await request(app).get(`/api/v2/layer/${layerId}`).set('Authorization', alice)).status).toBe(404);
    expect((await request(app).get(`/api/v2/project/${project}`).set('Authorization', alice)).status).toBe(404);
  });

  it('deleting a layer takes it out of every project and its layer order, which stays editable', async () => {
    const folder = await homeFolderOf(app, alice);
    const [kept, doomed] = [await rasterLayer(app, alice, folder, 'Kept'), await rasterLayer(app, alice, folder, 'Doomed')];
    const project = (await request(app).post('/api/v2/project').set('Authorization', alice).send({ folder_id: folder, name: `Order ${suffix}` })).body.id as string;
    const placed = await request(app).post(`/api/v2/project/${project}/layer?layer_ids=${kept}&layer_ids=${doomed}`).set('Authorization', alice);
    expect(placed.status).toBeLessThan(300);
    expect((await request(app).delete(`/api/v2/layer/${doomed}`).set('Authorization', alice)).status).toBe(204);

    const after = (await request(app).get(`/api/v2/project/${project}`).set('Authorization', alice)).body;
    const remaining = (await request(app).get(`/api/v2/project/${project}/layer`).set('Authorization', alice)).body as { id: number; layer_id: string }[];
    expect(remaining.map((layer) => layer.layer_id)).toEqual([kept]);
    expect(after.layer_order).toEqual(remaining.map((layer) => layer.id));
    const reorder = await request(app).put(`/api/v2/project/${project}`).set('Authorization', alice).send({ layer_order: after.layer_order });
    expect(reorder.status).toBe(200);
  });

  it('registers raster services only at public http(s) addresses (SSRF)', async () => {
    const folderId = await homeFolderOf(app, alice);
    const attempt = (url: string) => request(app).post('/api/v2/layer/raster').set('Authorization', alice).send({ folder_id: folderId, name: 'Tiles', url, data_type: 'wms' });
    for (const url of [
      'http://127.0.0.1/wms',
      'http://localhost:8080/wms',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.8/wms',
      'http://192.168.1.10/wms',
      'http://[::1]/wms',
      'http://[fd00::1]/wms',
      'http://[::ffff:127.0.0.1]/wms',
      'http://0x7f000001/wms',
      'http://2130706433/wms',
      'ftp://maps.example.org/wms',
      'file:///etc/passwd',
      'http://user:secret@maps.example.org/wms',
      'http://wms.internal.test/wms',
      'http://wms.rebind.test/wms',
      'not a url',
    ]) {
      const response = await attempt(url);
      expect({ url, status: response.status, code: response.body.code }).toEqual({ url, status: 422, code: 'workspace.raster-url-rejected' });
    }
    const ok = await attempt('https://maps.example.org/wms?SERVICE=WMS');
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ type: 'raster', data_type: 'wms', url: 'https://maps.example.org/wms?SERVICE=WMS', feature_layer_type: null });
    const export_ = await request(app).post(`/api/v2/layer/${ok.body.id}/export`).set('Authorization', alice).send({ file_type: 'geojson', file_name: 'x' });
    expect(export_.status).toBe(409);
    expect(export_.body.code).toBe('workspace.layer-has-no-features');
  });

  it('denies another user every endpoint that takes a layer id: 404 and none of the data', async () => {
    const { layerId } = await aliceFeatureLayer();
    const bobsFolder = await homeFolderOf(app, bob);
    const attempts = [
      request(app).get(`/api/v2/layer/${layerId}`).set('Authorization', bob),
      request(app).put(`/api/v2/layer/${layerId}`).set('Authorization', bob).send({ name: 'Taken' }),
      request(app).put(`/api/v2/layer/${layerId}`).set('Authorization', bob).send({ folder_id: bobsFolder }),
      request(app).delete(`/api/v2/layer/${layerId}`).set('Authorization', bob),
      request(app).post(`/api/v2/layer/${layerId}/export`).set('Authorization', bob).send({ file_type: 'geojson', file_name: 'loot' }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('workspace.layer-not-found');
      expect(JSON.stringify(response.body)).not.toMatch(/Secret|Hidden/);
    }
    expect((await request(app).post('/api/v2/layer').set('Authorization', bob).send({})).body.total).toBe(0);
    // Alice may not move her layer into Bob's folder either.
    const intoBobs = await request(app).put(`/api/v2/layer/${layerId}`).set('Authorization', alice).send({ folder_id: bobsFolder });
    expect(intoBobs.body.code).toBe('workspace.folder-not-found');
    expect((await request(app).get(`/api/v2/layer/${layerId}`).set('Authorization', alice)).body.name).toBe('Secret layer');
  });

  it('validates export requests: unknown CRS, unsupported filter, table-only formats', async () => {
    const { layerId } = await aliceFeatureLayer();
    const badCrs = await request(app).post(`/api/v2/layer/${layerId}/export`).set('Authorization', alice).send({ file_type: 'gpkg', file_name: 'x', crs: 'EPSG:999999' });
    expect(badCrs.status).toBe(422);
    expect(badCrs.body.code).toBe('export.crs-unknown');
    const spatial = await request(app).post(`/api/v2/layer/${layerId}/export`).set('Authorization', alice).send({ file_type: 'geojson', file_name: 'x', query: { op: 's_intersects', args: [{ property: 'geom' }, { type: 'Point', coordinates: [0, 0] }] } });
    expect(spatial.status).toBe(422);
    expect(spatial.body.code).toBe('export.query-not-supported');
    const badType = await request(app).post(`/api/v2/layer/${layerId}/export`).set('Authorization', alice).send({ file_type: 'dwg', file_name: 'x' });
    expect(badType.status).toBe(422);
  });
});
