import request from 'supertest';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { seedLayer } from './seed-layer';

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('OGC collections list layers shared with the caller (%s)', (_name, database) => {
  const app = buildTestApp({ testUsers: true, database });
  afterAll(() => app.close());
  const suffix = `${Date.now()}${database ? 'db' : 'mem'}`;
  const aliceId = `alice-ogc-${suffix}`;
  const bobId = `bob-ogc-${suffix}`;
  const collectionIdsOf = async (id: string): Promise<string[]> =>
    (await request(app.express).get('/api/v2/ogc/collections?limit=100').set('Authorization', userToken(id))).body.collections.map((c: { id: string }) => c.id);

  it('shows a shared layer to the grantee until the share is revoked', async () => {
    const layer = await seedLayer(app, aliceId, 'Schools', 'point', [], [{ geometry: { type: 'Point', coordinates: [7.42, 43.73] }, properties: {} }]);
    expect(await collectionIdsOf(aliceId)).toContain(layer.id);
    expect(await collectionIdsOf(bobId)).not.toContain(layer.id);

    const share = (users: { id: string; role: string }[]) => request(app.express).post(`/api/v2/share/layer/${layer.id}`).set('Authorization', userToken(aliceId)).send({ users });
    expect((await share([{ id: bobId, role: 'layer-viewer' }])).status).toBeLessThan(300);
    expect(await collectionIdsOf(bobId)).toContain(layer.id);
    expect((await request(app.express).get(`/api/v2/ogc/collections/${layer.id}/items`).set('Authorization', userToken(bobId))).status).toBe(200);

    expect((await share([])).status).toBeLessThan(300);
    expect(await collectionIdsOf(bobId)).not.toContain(layer.id);
    expect((await request(app.express).get(`/api/v2/ogc/collections/${layer.id}/items`).set('Authorization', userToken(bobId))).status).toBe(404);
  });
});
