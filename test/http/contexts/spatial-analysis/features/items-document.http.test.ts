import request from 'supertest';
import type { App } from '../../../../../src/platform/app';
import { STOP_ATTRIBUTES, STOPS } from '../../../../support/contracts/feature-store.contract';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { seedLayer } from './seed-layer';

/**
 * PostGIS pages are written as text with each geometry spliced in as ST_AsGeoJSON wrote it; the
 * in-memory pages through JSON.stringify. Both must be the same document.
 */
describe('an items page is the same GeoJSON document in memory and on PostGIS', () => {
  const suffix = `${Date.now()}`;
  const owner = `items-owner-${suffix}`;
  let apps: App[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  const page = async (app: App, layerId: string, query: string, user = owner) => request(app.express).get(`/api/v2/ogc/collections/${layerId}/items${query}`).set('Authorization', userToken(user));
  const comparable = (body: { timeStamp?: string; links?: { href: string }[] }) => ({ ...body, timeStamp: undefined, links: body.links?.map((l) => ({ ...l, href: new URL(l.href).search })) });

  it('features, counts and links alike; the owner reads it, a stranger is told it does not exist', async () => {
    apps = [buildTestApp({ testUsers: true }), buildTestApp({ testUsers: true, database: true })];
    const [memory, postgis] = await Promise.all(apps.map((app) => seedLayer(app, owner, 'Bus stops', 'point', STOP_ATTRIBUTES, STOPS)));
    for (const query of ['?limit=3', '?limit=3&offset=3', '?limit=100', '?properties=Name&sortby=-population', '?limit=2&bbox=11.51,48.11,11.57,48.17']) {
      const [a, b] = [await page(apps[0], memory.id, query), await page(apps[1], postgis.id, query)];
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(b.headers['content-type']).toMatch(/application\/geo\+json/);
      expect(comparable(b.body)).toEqual(comparable(a.body));
    }
    const first = (await page(apps[1], postgis.id, '?limit=1')).body;
    expect(first.features[0]).toEqual({ type: 'Feature', id: 1, geometry: { type: 'Point', coordinates: [11.5, 48.1] }, properties: expect.objectContaining({ Name: 'Hauptbahnhof' }) });
    expect((await page(apps[1], postgis.id, '?limit=1', `items-stranger-${suffix}`)).status).toBe(404);
  });
});
