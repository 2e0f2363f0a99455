import path from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import request from 'supertest';
import type { BackgroundStreetEngine } from '../../../../../src/contexts/spatial-analysis/adapters/catchment/background-street-engine';
import { TRAVEL_TIME_ENGINE } from '../../../../../src/contexts/spatial-analysis/ports/routing/travel-time-engine.port';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { areaOutside, expectValidPolygonal } from '../../../../unit/contexts/spatial-analysis/catchment/polygon-checks';

const MONACO = path.resolve(__dirname, '../../../../../../shared/data/osm/monaco.osm.pbf');
const alice = userToken('alice');
// Place du Casino, Monte Carlo: on the street network.
const CASINO = { latitude: [43.7396], longitude: [7.4276] };

const walk = (overrides: Record<string, unknown> = {}) => ({
  starting_points: CASINO,
  routing_type: 'walking',
  travel_cost: { max_traveltime: 10, steps: 5, speed: 5 },
  catchment_area_type: 'polygon',
  polygon_difference: false,
  ...overrides,
});

const transit = (overrides: Record<string, unknown> = {}) => ({
  starting_points: CASINO,
  routing_type: { mode: ['bus'], access_mode: 'walk', egress_mode: 'walk' },
  travel_cost: { max_traveltime: 30, steps: 3 },
  catchment_area_type: 'polygon',
  polygon_difference: false,
  time_window: { weekday: 'weekday', from_time: 25_200, to_time: 32_400 },
  ...overrides,
});

describe('POST /api/v2/routing/catchment-area on Monaco (built-in engine)', () => {
  // One network load for the whole file.
  const app = buildTestApp({ testUsers: true, env: { STREET_NETWORK_PBF: MONACO } });
  const post = (body: unknown) => request(app.express).post('/api/v2/routing/catchment-area').set('Authorization', alice).send(body as object);

  beforeAll(async () => {
    const state = await app.container.resolve<BackgroundStreetEngine>(TRAVEL_TIME_ENGINE).settled();
    expect(state).toBe('ready');
  }, 60_000);
  afterAll(() => app.close());

  it('answers nested, valid polygons, one per step, smallest first, as GeoJSON', async () => {
    const response = await post(walk());
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(response.headers['server-timing']).toMatch(/^search;dur=[\d.]+, gridding;dur=[\d.]+, contouring;dur=[\d.]+, serialising;dur=[\d.]+$/);
    const collection = JSON.parse(response.text) as FeatureCollection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.properties?.travel_cost)).toEqual([2, 4, 6, 8, 10]);
    collection.features.forEach((feature) => expectValidPolygonal(feature.geometry));
    for (let k = 1; k < collection.features.length; k++) {
      expect(areaOutside(collection.features[k - 1].geometry, collection.features[k].geometry)).toBeLessThan(1);
    }
  });

  it('answers rings with polygon_difference: disjoint steps', async () => {
    const response = await post(walk({ polygon_difference: true }));
    expect(response.status).toBe(200);
    const features = (JSON.parse(response.text) as FeatureCollection).features;
    expect(features.length).toBe(5);
    features.forEach((feature) => expectValidPolygonal(feature.geometry));
    expect(areaOutside(features[0].geometry, features[1].geometry)).toBeGreaterThan(1000);
  });

  it('answers reached streets for network and H3 cells for rectangular_grid, each with travel_cost', async () => {
    const network = await post(walk({ catchment_area_type: 'network', polygon_difference: undefined }));
    expect(network.status).toBe(200);
    const streets = (JSON.parse(network.text) as FeatureCollection).features as Feature[];
    expect(streets.length).toBeGreaterThan(50);
    for (const street of streets) {
      expect(street.geometry.type).toBe('LineString');
      expect([2, 4, 6, 8, 10]).toContain(street.properties?.travel_cost);
      expect(street.properties?.cost).toBeLessThanOrEqual(10);
    }
    const grid = await post(walk({ catchment_area_type: 'rectangular_grid', polygon_difference: undefined }));
    expect(grid.status).toBe(200);
    const cells = (JSON.parse(grid.text) as FeatureCollection).features;
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.every((cell) => typeof cell.properties?.h3_index === 'string' && cell.properties.travel_cost <= 10)).toBe(true);
  });

  it('answers one search for several starting points and a distance limit', async () => {
    const response = await post(
      walk({ starting_points: { latitude: [43.7396, 43.7307], longitude: [7.4276, 7.4196] }, travel_cost: { max_distance: 500, steps: 2 } }),
    );
    expect(response.status).toBe(200);
    expect((JSON.parse(response.text) as FeatureCollection).features.map((f) => f.properties?.travel_cost)).toEqual([250, 500]);
  });

  const tooMany = { latitude: Array.from({ length: 1001 }, () => 43.7396), longitude: Array.from({ length: 1001 }, () => 7.4276) };
  it.each([
    ['a latitude out of range', walk({ starting_points: { latitude: [143.7], longitude: [7.42] } }), 'catchment.coordinates-out-of-range'],
    ['more than 1,000 starting points', walk({ starting_points: tooMany }), 'catchment.too-many-starting-points'],
    ['46 minutes of walking', walk({ travel_cost: { max_traveltime: 46, steps: 5, speed: 5 } }), 'catchment.travel-time-out-of-range'],
    ['10 steps', walk({ travel_cost: { max_traveltime: 10, steps: 10, speed: 5 } }), 'catchment.steps-out-of-range'],
    ['a speed of 30 km/h', walk({ travel_cost: { max_traveltime: 10, steps: 5, speed: 30 } }), 'catchment.speed-out-of-range'],
    ['30 m', walk({ travel_cost: { max_distance: 30, steps: 2 } }), 'catchment.distance-out-of-range'],
    ['91 minutes by car', walk({ routing_type: 'car', travel_cost: { max_traveltime: 91, steps: 5 } }), 'catchment.travel-time-out-of-range'],
    ['an unknown routing type', walk({ routing_type: 'hovercraft' }), 'request.validation-failed'],
    ['latitudes without longitudes', walk({ starting_points: { latitude: [43.7, 43.8], longitude: [7.4] } }), 'request.validation-failed'],
    ['polygon without polygon_difference', walk({ polygon_difference: undefined }), 'request.validation-failed'],
    ['a scenario (none exist yet)', walk({ scenario_id: '0190c5b1-7c3d-7000-8000-000000000001' }), 'catchment.scenario-not-found'],
    ['public transport for 120 minutes, even without r5', transit({ travel_cost: { max_traveltime: 120, steps: 3 } }), 'catchment.travel-time-out-of-range'],
    ['six public transport starting points', transit({ starting_points: { latitude: Array(6).fill(43.7396), longitude: Array(6).fill(7.4276) } }), 'catchment.too-many-starting-points'],
    ['public transport without a time window', transit({ time_window: undefined }), 'request.validation-failed'],
  ])('refuses %s with 422 problem+json', async (_what, body, code) => {
    const response = await post(body);
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe(code);
    expect(response.body.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a point far from any street with 422 routing.start-point-not-connected naming the point', async () => {
    // Out at sea off Monaco.
    const response = await post(walk({ starting_points: { latitude: [43.7396, 43.7], longitude: [7.4276, 7.5] } }));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('routing.start-point-not-connected');
    expect(response.body.detail).toContain('7.500000, 43.700000');
  });

  it('answers a valid public transport request with 503 routing.r5-not-configured when R5_URL is not set', async () => {
    const response = await post(transit());
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('routing.r5-not-configured');
  });

  it('asks for authentication', async () => {
    const response = await request(app.express).post('/api/v2/routing/catchment-area').send(walk());
    expect(response.status).toBe(401);
  });

  it('reports the street network ready at /readyz and documents the route in OpenAPI', async () => {
    const ready = await request(app.express).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks['street-network']).toBe('ok');
    const docs = await request(app.express).get('/api/v2/openapi.json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v2/routing/catchment-area',
        '/api/v2/active-mobility/catchment-area',
        '/api/v2/motorized-mobility/car/catchment-area',
        '/api/v2/motorized-mobility/pt/catchment-area',
      ]),
    );
  });
});

describe('POST /api/v2/routing/catchment-area without a street network', () => {
  const app = buildTestApp({ testUsers: true, env: { RATE_LIMIT_MAX: '3' } });
  afterAll(() => app.close());

  it('answers 503 routing.street-network-not-configured telling how to configure one', async () => {
    const response = await request(app.express).post('/api/v2/routing/catchment-area').set('Authorization', alice).send(walk());
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('routing.street-network-not-configured');
    expect(response.body.detail).toContain('STREET_NETWORK_PBF');
    expect(response.body.detail).toContain('network:import');
  });

  it('is rate-limited per user as an expensive operation', async () => {
    const bob = userToken('bob-rate');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await request(app.express).post('/api/v2/routing/catchment-area').set('Authorization', bob).send(walk())).status);
    }
    expect(statuses).toEqual([503, 503, 503, 429]);
    const other = await request(app.express).post('/api/v2/routing/catchment-area').set('Authorization', userToken('carol-rate')).send(walk());
    expect(other.status).toBe(503);
  });
});
