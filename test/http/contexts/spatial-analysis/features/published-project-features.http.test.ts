import request from 'supertest';
import type { App } from '../../../../../src/platform/app';
import { LAYER_FEATURE_STORE, type LayerFeatureStore } from '../../../../../src/contexts/spatial-analysis/ports/layers/layer-feature-store.port';
import { STOP_ATTRIBUTES, STOPS, decodeTile } from '../../../../support/contracts/feature-store.contract';
import { userToken } from '../../../../support/test-app';
import { workspaceTestApp } from '../workspace-http-support';
import { seedLayer } from './seed-layer';

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('a published project\'s layers over HTTP (%s)', (_name, database) => {
  let app: App;
  const suffix = `${Date.now()}${database ? 'db' : 'mem'}`;
  const aliceId = `alice${suffix}`;
  const alice = userToken(aliceId);
  const bob = userToken(`bob${suffix}`);
  let projectId: string;
  let stopsId: string;
  let privateId: string;
  let publicBase: string;

  beforeAll(async () => {
    app = workspaceTestApp(database);
    const stops = await seedLayer(app, aliceId, 'Bus stops', 'point', STOP_ATTRIBUTES, STOPS);
    const unshown = await seedLayer(app, aliceId, 'Private stops', 'point', STOP_ATTRIBUTES, STOPS.slice(0, 2));
    stopsId = stops.id;
    privateId = unshown.id;
    const project = await request(app.express).post('/api/v2/project').set('Authorization', alice).send({ folder_id: stops.folderId, name: 'Public transport' });
    expect(project.status).toBe(201);
    projectId = project.body.id;
    expect((await request(app.express).post(`/api/v2/project/${projectId}/layer?layer_ids=${stopsId}`).set('Authorization', alice)).status).toBe(200);
    publicBase = `/api/v2/public/project/${projectId}/collections`;
  });
  afterAll(async () => {
    const store = app.container.resolve<LayerFeatureStore>(LAYER_FEATURE_STORE);
    for (const id of [stopsId, privateId]) await store.drop(id as never).catch(() => undefined);
    await app.close();
  });
  const anonymous = (path: string) => request(app.express).get(path);
  const publish = () => request(app.express).post(`/api/v2/project/${projectId}/publish`).set('Authorization', alice);
  const unpublish = () => request(app.express).delete(`/api/v2/project/${projectId}/unpublish`).set('Authorization', alice);

  it('serves nothing before the project is published', async () => {
    const items = await anonymous(`${publicBase}/${stopsId}/items`);
    expect(items.status).toBe(404);
    expect(items.body.code).toBe('workspace.project-not-published');
    expect((await anonymous(`${publicBase}/${stopsId}/tiles/0/0/0`)).status).toBe(404);
    expect((await request(app.express).get(`/api/v2/ogc/collections/${stopsId}/items`).set('Authorization', bob)).status).toBe(404);
  });

  it('lets anyone read items, a feature and tiles of a layer the published project shows', async () => {
    expect((await publish()).status).toBe(200);
    const items = await anonymous(`${publicBase}/${stopsId}/items?limit=3`);
    expect(items.status).toBe(200);
    expect(items.headers['content-type']).toMatch(/application\/geo\+json/);
    expect(items.body).toMatchObject({ type: 'FeatureCollection', numberMatched: 8, numberReturned: 3 });
    const next = new URL(items.body.links.find((l: { rel: string }) => l.rel === 'next').href as string);
    expect(next.pathname).toBe(`${publicBase}/${stopsId}/items`);
    expect((await anonymous(next.pathname + next.search)).body.features.map((f: { id: number }) => f.id)).toEqual([4, 5, 6]);
    const filtered = await anonymous(`${publicBase}/${stopsId}/items`).query({ filter: 'population > 200' });
    expect(filtered.body.features.map((f: { id: number }) => f.id)).toEqual([1, 2, 4, 8]);

    const one = await anonymous(`${publicBase}/${stopsId}/items/2`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ type: 'Feature', id: 2, properties: { Name: 'Marienplatz' } });
    expect(one.body.links[0].href).toMatch(new RegExp(`${publicBase}/${stopsId}/items/2$`));

    const tile = await anonymous(`${publicBase}/${stopsId}/tiles/0/0/0`).buffer(true).parse(binary);
    expect(tile.status).toBe(200);
    expect(tile.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(tile.headers['cache-control']).toMatch(/^public/);
    expect(decodeTile(tile.body as Buffer)[stopsId]).toHaveLength(8);
    expect((await anonymous(`${publicBase}/${stopsId}/tiles/0/0/0`).set('If-None-Match', tile.headers.etag)).status).toBe(304);
    expect((await anonymous(`${publicBase}/${stopsId}/tiles/5/0/0`)).status).toBe(204);
    expect((await anonymous(`${publicBase}/${stopsId}/tiles/23/0/0`)).body.code).toBe('features.tile-out-of-range');
  });

  it('lets a signed-in user read (not edit) the layer through the OGC routes while published', async () => {
    const items = await request(app.express).get(`/api/v2/ogc/collections/${stopsId}/items`).set('Authorization', bob);
    expect(items.status).toBe(200);
    expect(items.body.numberMatched).toBe(8);
    const tile = await request(app.express).get(`/api/v2/ogc/collections/${stopsId}/tiles/0/0/0`).set('Authorization', bob);
    expect(tile.status).toBe(200);
    const edit = await request(app.express).post(`/api/v2/ogc/collections/${stopsId}/items`).set('Authorization', bob).send({ geometry: { type: 'Point', coordinates: [11.5, 48.1] }, properties: {} });
    expect(edit.status).toBe(403);
    expect((await request(app.express).get(`/api/v2/ogc/collections/${privateId}/items`).set('Authorization', bob)).status).toBe(404);
  });

  it('serves no layer the project does not show, nor any layer through an unknown project', async () => {
    const unshown = await anonymous(`${publicBase}/${privateId}/items`);
    expect(unshown.status).toBe(404);
    expect(unshown.body.code).toBe('workspace.layer-not-found');
    expect(JSON.stringify(unshown.body)).not.toMatch(/Private stops/);
    expect((await anonymous(`${publicBase}/${privateId}/tiles/0/0/0`)).status).toBe(404);
    expect((await anonymous(`${publicBase}/${privateId}/items/1`)).status).toBe(404);
    expect((await anonymous(`/api/v2/public/project/0190a0a0-0000-7000-8000-000000000000/collections/${stopsId}/items`)).status).toBe(404);
    expect((await anonymous(`/api/v2/public/project/not-a-project/collections/${stopsId}/tiles/0/0/0`)).status).toBe(404);
    expect((await anonymous(`${publicBase}/not-a-layer/items`)).status).toBe(404);
  });

  it('refuses anonymous writes: 401 on the public paths and on the OGC ones', async () => {
    const feature = { geometry: { type: 'Point', coordinates: [11.5, 48.1] }, properties: {} };
    for (const attempt of [
      request(app.express).post(`${publicBase}/${stopsId}/items`).send(feature),
      request(app.express).put(`${publicBase}/${stopsId}/items/1`).send(feature),
      request(app.express).delete(`${publicBase}/${stopsId}/items/1`),
      request(app.express).post(`/api/v2/ogc/collections/${stopsId}/items`).send(feature),
      request(app.express).delete(`/api/v2/ogc/collections/${stopsId}/items/1`),
      request(app.express).get(`/api/v2/ogc/collections/${stopsId}/items`),
    ]) {
      const response = await attempt;
      expect(response.status).toBe(401);
    }
    expect((await request(app.express).get(`/api/v2/ogc/collections/${stopsId}/items`).set('Authorization', alice)).body.numberMatched).toBe(8);
  });

  it('documents the public routes without security in the OpenAPI', async () => {
    const paths = (await anonymous('/api/v2/openapi.json')).body.paths as Record<string, Record<string, { security?: unknown[] }>>;
    for (const path of ['/api/v2/public/project/{project_id}/collections/{layer_id}/items', '/api/v2/public/project/{project_id}/collections/{layer_id}/items/{feature_id}', '/api/v2/public/project/{project_id}/collections/{layer_id}/tiles/{z}/{x}/{y}']) {
      expect(paths[path]?.get?.security).toEqual([]);
    }
  });

  it('serves nothing once unpublished', async () => {
    expect((await unpublish()).status).toBe(204);
    const items = await anonymous(`${publicBase}/${stopsId}/items`);
    expect(items.status).toBe(404);
    expect(items.body.code).toBe('workspace.project-not-published');
    expect((await anonymous(`${publicBase}/${stopsId}/tiles/0/0/0`)).status).toBe(404);
    expect((await anonymous(`${publicBase}/${stopsId}/items/1`)).status).toBe(404);
    expect((await request(app.express).get(`/api/v2/ogc/collections/${stopsId}/items`).set('Authorization', bob)).status).toBe(404);
  });
});
