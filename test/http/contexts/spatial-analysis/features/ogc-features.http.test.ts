import request from 'supertest';
import type { App } from '../../../../../src/platform/app';
import { STOP_ATTRIBUTES, STOPS, decodeTile } from '../../../../support/contracts/feature-store.contract';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { seedLayer } from './seed-layer';

const alice = userToken('alice');
const bob = userToken('bob');
const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('OGC API Features, tiles and layer statistics over HTTP (in memory)', () => {
  let app: App;
  let layerId: string;
  let base: string;
  beforeAll(async () => {
    app = buildTestApp({ testUsers: true });
    layerId = (await seedLayer(app, 'alice', 'Bus stops', 'point', STOP_ATTRIBUTES, STOPS)).id;
    base = `/api/v2/ogc/collections/${layerId}`;
  });
  afterAll(() => app.close());
  const get = (path: string, token = alice) => request(app.express).get(path).set('Authorization', token);

  it('serves the landing page, conformance and the caller\'s collections', async () => {
    const landing = await get('/api/v2/ogc');
    expect(landing.status).toBe(200);
    expect(landing.body.links.map((l: { rel: string }) => l.rel)).toEqual(expect.arrayContaining(['self', 'conformance', 'data']));
    const conformance = await get('/api/v2/ogc/conformance');
    expect(conformance.body.conformsTo).toEqual(expect.arrayContaining(['http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter']));
    const collections = await get('/api/v2/ogc/collections');
    expect(collections.body.collections.map((c: { id: string }) => c.id)).toContain(layerId);
    expect((await get('/api/v2/ogc/collections', bob)).body.collections.map((c: { id: string }) => c.id)).not.toContain(layerId);
  });

  it('describes a collection and its queryables', async () => {
    const collection = await get(base);
    expect(collection.status).toBe(200);
    expect(collection.body).toMatchObject({ id: layerId, title: 'Bus stops', itemType: 'feature', extent: { spatial: { bbox: [[11.5, 48.1, 11.64, 48.24]] } } });
    const queryables = await get(`${base}/queryables`);
    expect(queryables.status).toBe(200);
    expect(queryables.headers['content-type']).toMatch(/application\/schema\+json/);
    expect(queryables.body.properties).toMatchObject({ Name: { type: 'string' }, population: { type: 'integer' }, geom: { 'x-ogc-role': 'primary-geometry' } });
  });

  it('pages items with next/prev links and numberMatched', async () => {
    const first = await get(`${base}/items?limit=3`);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/application\/geo\+json/);
    expect(first.body).toMatchObject({ type: 'FeatureCollection', numberMatched: 8, numberReturned: 3 });
    const next = first.body.links.find((l: { rel: string }) => l.rel === 'next').href as string;
    const second = await get(new URL(next).pathname + new URL(next).search);
    expect(second.body.features.map((f: { id: number }) => f.id)).toEqual([4, 5, 6]);
    expect(second.body.links.some((l: { rel: string }) => l.rel === 'prev')).toBe(true);
  });

  it('filters with CQL2-JSON and CQL2-text, sorts and selects properties', async () => {
    const json = await get(`${base}/items`).query({ filter: JSON.stringify({ op: '>', args: [{ property: 'population' }, 200] }), 'filter-lang': 'cql2-json' });
    expect(json.body.features.map((f: { id: number }) => f.id)).toEqual([1, 2, 4, 8]);
    const text = await get(`${base}/items`).query({ filter: "sheltered = TRUE AND Name LIKE '%bahnhof'", sortby: '-population', properties: 'Name' });
    expect(text.body.features.map((f: { id: number; properties: object }) => [f.id, f.properties])).toEqual([[1, { Name: 'Hauptbahnhof' }], [4, { Name: 'Ostbahnhof' }]]);
    const bbox = await get(`${base}/items?bbox=11.51,48.11,11.57,48.17`);
    expect(bbox.body.numberMatched).toBe(3);
    const one = await get(`${base}/items/2`);
    expect(one.body).toMatchObject({ type: 'Feature', id: 2, properties: { Name: 'Marienplatz' } });
  });

  it.each([
    ['an unknown column', `?filter=${encodeURIComponent('{"op":"=","args":[{"property":"height"},1]}')}`, 422, 'features.unknown-column'],
    ['an unsupported operator', `?filter=${encodeURIComponent('{"op":"t_before","args":[{"property":"opened"},1]}')}`, 422, 'features.unsupported-operator'],
    ['broken JSON', '?filter-lang=cql2-json&filter=%7Bnot-json', 422, 'features.invalid-filter'],
    ['SQL in CQL2-text', `?filter=${encodeURIComponent("Name = 'x'; DROP TABLE layer; --")}`, 422, 'features.invalid-filter'],
    ['an injected column', `?filter=${encodeURIComponent('"name""; DROP TABLE x; --" = 1')}`, 422, 'features.unknown-column'],
    ['a malformed bbox', '?bbox=1,2,3', 422, 'features.invalid-bbox'],
    ['a bbox out of range', '?bbox=-200,0,10,10', 422, 'features.invalid-bbox'],
    ['a limit beyond the maximum', '?limit=10001', 422, 'request.validation-failed'],
    ['an unknown sort column', '?sortby=-height', 422, 'features.unknown-column'],
    ['an unknown property', '?properties=Name,height', 422, 'features.unknown-column'],
  ])('answers %s with problem+json', async (_, query, status, code) => {
    const response = await get(`${base}/items${query}`);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe(code);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts|SELECT/);
  });

  it('answers unknown collections, unreadable layers and unknown features with 404', async () => {
    expect((await get('/api/v2/ogc/collections/not-a-layer')).status).toBe(404);
    expect((await get('/api/v2/ogc/collections/0190a0a0-0000-7000-8000-000000000000/items')).status).toBe(404);
    expect((await get(`${base}/items`, bob)).status).toBe(404);
    expect((await get(`${base}/tiles/0/0/0`, bob)).status).toBe(404);
    expect((await get(`/api/v2/layer/${layerId}/feature-count`, bob)).status).toBe(404);
    expect((await get(`${base}/items/999`)).body.code).toBe('features.feature-not-found');
    expect((await get(`${base}/items/abc`)).status).toBe(404);
  });

  it('serves vector tiles with ETag, Cache-Control, 304 and 204', async () => {
    const tile = await get(`${base}/tiles/0/0/0`).buffer(true).parse(binary);
    expect(tile.status).toBe(200);
    expect(tile.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(tile.headers['cache-control']).toMatch(/max-age/);
    expect(decodeTile(tile.body as Buffer)[layerId]).toHaveLength(8);
    const again = await get(`${base}/tiles/0/0/0`).set('If-None-Match', tile.headers.etag);
    expect(again.status).toBe(304);
    const filtered = await get(`${base}/tiles/0/0/0`).query({ filter: 'population > 200' }).buffer(true).parse(binary);
    expect(decodeTile(filtered.body as Buffer)[layerId]).toHaveLength(4);
    expect((await get(`${base}/tiles/5/0/0`)).status).toBe(204);
    for (const bad of ['23/0/0', '1/2/0', '1/0/-1', 'a/0/0']) {
      const response = await get(`${base}/tiles/${bad}`);
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('features.tile-out-of-range');
    }
  });

  it('answers the layer statistics', async () => {
    expect((await get(`/api/v2/layer/${layerId}/feature-count`)).body).toEqual({ total_count: 8 });
    const query = encodeURIComponent(JSON.stringify({ op: '=', args: [{ property: 'sheltered' }, true] }));
    expect((await get(`/api/v2/layer/${layerId}/feature-count?query=${query}`)).body).toEqual({ total_count: 4 });
    const unique = await get(`/api/v2/layer/${layerId}/unique-values/population?size=2`);
    expect(unique.body).toMatchObject({ items: [{ value: 500, count: 2 }, { value: 50, count: 1 }], total: 7, pages: 4 });
    const breaks = await get(`/api/v2/layer/${layerId}/class-breaks/equal_interval/population?breaks=3`);
    expect(breaks.body).toMatchObject({ min: 50, max: 800, breaks: [300, 550] });
    for (const method of ['quantile', 'standard_deviation', 'heads_and_tails']) expect((await get(`/api/v2/layer/${layerId}/class-breaks/${method}/rating`)).status).toBe(200);
    expect((await get(`/api/v2/layer/${layerId}/class-breaks/quantile/Name`)).body.code).toBe('features.column-not-numeric');
    expect((await get(`/api/v2/layer/${layerId}/unique-values/height`)).body.code).toBe('features.unknown-column');
    expect((await get(`/api/v2/layer/${layerId}/area/sum`)).body.code).toBe('features.not-polygon-layer');
    expect((await get(`/api/v2/layer/${layerId}/class-breaks/jenks/rating`)).status).toBe(422);
  });

  describe('editing', () => {
    let editable: string;
    beforeEach(async () => {
      editable = (await seedLayer(app, 'alice', 'Editable', 'point', STOP_ATTRIBUTES, STOPS.slice(0, 2))).id;
    });
    const items = () => `/api/v2/ogc/collections/${editable}/items`;

    it('creates, replaces, patches and deletes features', async () => {
      const created = await request(app.express).post(items()).set('Authorization', alice).send({ type: 'Feature', geometry: { type: 'Point', coordinates: [11.7, 48.3] }, properties: { Name: 'New', population: 7 } });
      expect(created.status).toBe(201);
      expect(created.headers.location).toMatch(new RegExp(`${items()}/3$`));
      expect(created.body).toMatchObject({ id: 3, properties: { Name: 'New', population: 7, rating: null } });
      const replaced = await request(app.express).put(`${items()}/3`).set('Authorization', alice).send({ geometry: { type: 'Point', coordinates: [11.8, 48.3] }, properties: { Name: 'Replaced' } });
      expect(replaced.body).toMatchObject({ properties: { Name: 'Replaced', population: null } });
      const patched = await request(app.express).patch(`${items()}/3`).set('Authorization', alice).send({ properties: { rating: 2.5 } });
      expect(patched.body).toMatchObject({ geometry: { coordinates: [11.8, 48.3] }, properties: { Name: 'Replaced', rating: 2.5 } });
      expect((await request(app.express).delete(`${items()}/3`).set('Authorization', alice)).status).toBe(204);
      expect((await get(`${items()}/3`)).status).toBe(404);
    });

    it.each([
      ['a wrong geometry type', { geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, properties: {} }, 'features.wrong-geometry-type'],
      ['an unknown attribute', { geometry: { type: 'Point', coordinates: [0, 0] }, properties: { height: 3 } }, 'features.invalid-feature'],
      ['a value of the wrong type', { geometry: { type: 'Point', coordinates: [0, 0] }, properties: { population: 'many' } }, 'features.invalid-feature'],
      ['no geometry', { properties: {} }, 'features.invalid-feature'],
      ['coordinates out of range', { geometry: { type: 'Point', coordinates: [500, 0] }, properties: {} }, 'features.invalid-feature'],
    ])('refuses %s and changes nothing', async (_, body, code) => {
      const response = await request(app.express).post(items()).set('Authorization', alice).send(body);
      expect(response.status).toBe(422);
      expect(response.body.code).toBe(code);
      expect((await get(`${items()}?limit=10`)).body.numberMatched).toBe(2);
    });

    it('lets no one else edit: 404 for those who cannot read', async () => {
      const response = await request(app.express).post(items()).set('Authorization', bob).send({ geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} });
      expect(response.status).toBe(404);
      expect((await request(app.express).delete(`${items()}/1`).set('Authorization', bob)).status).toBe(404);
      expect((await get(`${items()}?limit=10`)).body.numberMatched).toBe(2);
    });
  });
});
