import type { FeatureCollection } from 'geojson';
import request from 'supertest';
import type { App } from '../../../../../src/platform/app';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { gridAroundOrigin, ORIGIN, r5Env } from './catchment-fixtures';
import { closedPort, startFakeR5, type FakeR5, type FakeR5Handler } from '../../../../unit/contexts/spatial-analysis/r5/fake-r5-server';
import { expectValidPolygonal } from '../../../../unit/contexts/spatial-analysis/catchment/polygon-checks';

const alice = userToken('alice');

const transit = {
  starting_points: { latitude: [ORIGIN.lat], longitude: [ORIGIN.lon] },
  routing_type: { mode: ['bus', 'rail'], access_mode: 'walk', egress_mode: 'walk' },
  travel_cost: { max_traveltime: 30, steps: 3 },
  catchment_area_type: 'polygon',
  polygon_difference: false,
  time_window: { weekday: 'weekday', from_time: 25_200, to_time: 32_400 },
};

describe('POST /api/v2/routing/catchment-area by public transport through r5', () => {
  let fake: FakeR5 | null = null;
  let app: App | null = null;
  const use = async (handler: FakeR5Handler, extra: Record<string, string> = {}): Promise<App> => {
    fake = await startFakeR5(handler);
    app = buildTestApp({ testUsers: true, env: r5Env(fake.url, extra) });
    return app;
  };
  const post = (built: App, body: unknown = transit) =>
    request(built.express).post('/api/v2/routing/catchment-area').set('Authorization', alice).send(body as object);
  afterEach(async () => {
    await app?.close();
    await fake?.close();
    app = null;
    fake = null;
  });

  it('contours r5\'s grid into nested polygons of our own cutoffs', async () => {
    const built = await use((res) => res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(gridAroundOrigin()));
    const response = await post(built);
    expect(response.status).toBe(200);
    const features = (JSON.parse(response.text) as FeatureCollection).features;
    expect(features.map((f) => f.properties?.travel_cost)).toEqual([10, 20, 30]);
    features.forEach((feature) => expectValidPolygonal(feature.geometry));
    expect(fake!.requests[0].body).toMatchObject({ regionId: 'region-1', bundleId: 'bundle-1', transitModes: 'BUS,RAIL', date: '2025-02-18' });
    expect(fake!.requests[0].headers.accept).toBe('application/octet-stream');
  });

  it.each<[string, FakeR5Handler, number, string]>([
    ['answers garbage', (res) => res.writeHead(200).end('<html>not a grid</html>'), 502, 'routing.r5-bad-response'],
    ['fails', (res) => res.writeHead(500).end('boom'), 502, 'routing.r5-failed'],
    ['rejects the analysis', (res) => res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"message":"bundle not found"}'), 502, 'routing.r5-rejected'],
    ['stays silent', () => undefined, 504, 'routing.r5-timeout'],
    ['keeps answering 202', (res) => res.writeHead(202, { 'Retry-After': '0' }).end('{"message":"worker starting"}'), 504, 'routing.r5-timeout'],
  ])('answers problem+json when r5 %s', async (_what, handler, status, code) => {
    const built = await use(handler);
    const started = Date.now();
    const response = await post(built);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe(code);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers 502 routing.r5-unreachable when nothing listens at R5_URL', async () => {
    app = buildTestApp({ testUsers: true, env: r5Env(`http://127.0.0.1:${await closedPort()}`) });
    const response = await post(app);
    expect(response.status).toBe(502);
    expect(response.body.code).toBe('routing.r5-unreachable');
  });

  it('validates before calling r5: an invalid request never reaches it', async () => {
    const built = await use((res) => res.writeHead(500).end());
    const response = await post(built, { ...transit, catchment_area_type: 'network', polygon_difference: undefined });
    expect(response.status).toBe(422);
    expect(fake!.requests).toHaveLength(0);
  });
});
