import request from 'supertest';
import type { BackgroundStreetEngine } from '../../../../../src/contexts/spatial-analysis/adapters/catchment/background-street-engine';
import { attributesFor } from '../../../../../src/contexts/spatial-analysis/domain/layers/layer-attributes';
import { LAYER_FEATURE_STORE, type LayerFeatureStore, type SourceFeature } from '../../../../../src/contexts/spatial-analysis/ports/layers/layer-feature-store.port';
import { TRAVEL_TIME_ENGINE } from '../../../../../src/contexts/spatial-analysis/ports/routing/travel-time-engine.port';
import type { App } from '../../../../../src/platform/app';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { jobEnded } from '../../../../support/workspace-jobs';
import { startFakeR5, type FakeR5 } from '../../../../unit/contexts/spatial-analysis/r5/fake-r5-server';
import { homeFolderOf } from '../workspace-http-support';
import { gridAroundOrigin, MONACO_PBF, ORIGIN, r5Env } from './catchment-fixtures';

jest.setTimeout(90_000);

const point = { latitude: [ORIGIN.lat], longitude: [ORIGIN.lon] };
const walking = { starting_points: point, routing_type: 'walking', travel_cost: { max_traveltime: 10, steps: 5, speed: 5 }, catchment_area_type: 'polygon', polygon_difference: true };
const car = { starting_points: point, routing_type: 'car', travel_cost: { max_distance: 2000, steps: 4 }, catchment_area_type: 'network' };
const transit = {
  starting_points: point,
  routing_type: { mode: ['bus'], access_mode: 'walk', egress_mode: 'walk' },
  travel_cost: { max_traveltime: 30, steps: 3 },
  catchment_area_type: 'polygon',
  polygon_difference: false,
  time_window: { weekday: 'sunday', from_time: 36_000, to_time: 39_600 },
};

const ACTIVE = '/api/v2/active-mobility/catchment-area';
const CAR = '/api/v2/motorized-mobility/car/catchment-area';
const PT = '/api/v2/motorized-mobility/pt/catchment-area';

async function readAll(features: LayerFeatureStore, layerId: string, names: string[]): Promise<SourceFeature[]> {
  const rows: SourceFeature[] = [];
  for await (const row of features.read(layerId, attributesFor(names.map((name) => ({ name, type: 'number' as const }))))) rows.push(row);
  return rows;
}

describe.each([
  ['in memory', false],
  ['PostGIS (pg-boss)', true],
])('catchment-area tool jobs (%s)', (_name, database) => {
  const stamp = Date.now();
  const alice = userToken(`alice-catchment-${stamp}`);
  const bob = userToken(`bob-catchment-${stamp}`);
  let r5Answers: 'grid' | 'failure' = 'grid';
  let fake: FakeR5;
  let app: App;
  let projectId: string;
  const post = (path: string, body: unknown, token = alice, project = projectId) =>
    request(app.express).post(`${path}?project_id=${project}`).set('Authorization', token).send(body as object);

  beforeAll(async () => {
    fake = await startFakeR5((res) => (r5Answers === 'grid' ? res.writeHead(200).end(gridAroundOrigin()) : res.writeHead(500).end('worker crashed')));
    app = buildTestApp({ testUsers: true, database, env: { STREET_NETWORK_PBF: MONACO_PBF, ...r5Env(fake.url) } });
    expect(await app.container.resolve<BackgroundStreetEngine>(TRAVEL_TIME_ENGINE).settled()).toBe('ready');
    const folderId = await homeFolderOf(app.express, alice);
    const project = await request(app.express).post('/api/v2/project').set('Authorization', alice).send({ folder_id: folderId, name: 'Casino reach' });
    expect(project.status).toBe(201);
    projectId = project.body.id;
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('runs a walking catchment as a job into a polygon tool layer on top of the project', async () => {
    const created = await post(ACTIVE, walking);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ job_id: expect.any(String) });
    const job = await jobEnded(app.express, alice, created.body.job_id);
    expect(job.status_simple).toBe('finished');
    expect(Object.keys(job.status).sort()).toEqual(['catchment_area', 'result_layer']);
    const layerId = job.layer_ids[0];
    expect(job.result).toMatchObject({ layer_id: layerId, feature_count: 5, layer_project_id: expect.any(Number) });

    const layers = await request(app.express).get(`/api/v2/project/${projectId}/layer`).set('Authorization', alice);
    expect(layers.status).toBe(200);
    expect(layers.body[0]).toMatchObject({ layer_id: layerId, feature_layer_type: 'tool', feature_layer_geometry_type: 'polygon', name: 'Catchment area walking 10 min' });

    const rows = await readAll(app.container.resolve<LayerFeatureStore>(LAYER_FEATURE_STORE), layerId, ['travel_cost']);
    expect(rows.map((row) => row.properties.travel_cost).sort((a, b) => Number(a) - Number(b))).toEqual([2, 4, 6, 8, 10]);
    expect(rows.every((row) => row.geometry?.type === 'MultiPolygon')).toBe(true);
  });

  it('runs a car network catchment into a line tool layer', async () => {
    const created = await post(CAR, car);
    expect(created.status).toBe(201);
    const job = await jobEnded(app.express, alice, created.body.job_id);
    expect(job.status_simple).toBe('finished');
    const layer = await request(app.express).get(`/api/v2/layer/${job.layer_ids[0]}`).set('Authorization', alice);
    expect(layer.body).toMatchObject({ feature_layer_type: 'tool', feature_layer_geometry_type: 'line' });
    const rows = await readAll(app.container.resolve<LayerFeatureStore>(LAYER_FEATURE_STORE), job.layer_ids[0], ['travel_cost', 'cost']);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((row) => [500, 1000, 1500, 2000].includes(Number(row.properties.travel_cost)))).toBe(true);
  });

  it('runs a public transport catchment through r5, and fails the job with r5\'s reason when r5 fails', async () => {
    r5Answers = 'grid';
    const good = await jobEnded(app.express, alice, (await post(PT, transit)).body.job_id);
    expect(good.status_simple).toBe('finished');
    expect(good.result).toMatchObject({ feature_count: 3 });
    expect(fake.requests.at(-1)?.body).toMatchObject({ date: '2025-02-23', fromTime: 36_000, toTime: 39_600 });

    r5Answers = 'failure';
    const created = await post(PT, transit);
    expect(created.status).toBe(201);
    const failed = await jobEnded(app.express, alice, created.body.job_id);
    expect(failed.status_simple).toBe('failed');
    expect(failed.error_code).toBe('routing.r5-failed');
    expect(failed.msg_simple).toBe('r5 failed with status 500.');
    expect(failed.layer_ids).toEqual([]);
  });

  it('denies a project the caller may not use (404), and refuses bad input with 422 before any job exists', async () => {
    const cases: [string, unknown, string, string, number, string][] = [
      ['another user\'s project', walking, bob, projectId, 404, 'workspace.project-not-found'],
      ['a project that does not exist', walking, alice, '0190c5b1-7c3d-7000-8000-00000000abcd', 404, 'workspace.project-not-found'],
      ['a project id that is no UUID', walking, alice, 'not-a-uuid', 422, 'request.validation-failed'],
      ['a scenario of the project (none exist yet)', { ...walking, scenario_id: '0190c5b1-7c3d-7000-8000-000000000001' }, alice, projectId, 422, 'catchment.scenario-not-found'],
      ['a car routing type on the active-mobility route', { ...walking, routing_type: 'car' }, alice, projectId, 422, 'request.validation-failed'],
      ['a 1,001-point walk', { ...walking, starting_points: { latitude: Array(1001).fill(ORIGIN.lat), longitude: Array(1001).fill(ORIGIN.lon) } }, alice, projectId, 422, 'catchment.too-many-starting-points'],
    ];
    for (const [what, body, token, project, status, code] of cases) {
      const response = await post(ACTIVE, body, token, project);
      expect({ what, status: response.status, code: response.body.code }).toEqual({ what, status, code });
    }
    const tooManyCars = await post(CAR, { ...car, starting_points: { latitude: Array(51).fill(ORIGIN.lat), longitude: Array(51).fill(ORIGIN.lon) } });
    expect(tooManyCars.body.code).toBe('catchment.too-many-starting-points');
    const bobsJobs = await request(app.express).get('/api/v2/job').set('Authorization', bob);
    expect(bobsJobs.body.total).toBe(0);
  });
});

describe('catchment-area tool jobs without a street network or r5', () => {
  const app = buildTestApp({ testUsers: true });
  const alice = userToken('alice-unconfigured');
  afterAll(() => app.close());

  it('answers 503 for valid requests and 422 for invalid ones', async () => {
    const folderId = await homeFolderOf(app.express, alice);
    const projectId = (await request(app.express).post('/api/v2/project').set('Authorization', alice).send({ folder_id: folderId, name: 'Nowhere' })).body.id;
    const post = (path: string, body: object) => request(app.express).post(`${path}?project_id=${projectId}`).set('Authorization', alice).send(body);
    expect((await post(ACTIVE, walking)).body.code).toBe('routing.street-network-not-configured');
    expect((await post(PT, transit)).status).toBe(503);
    expect((await post(PT, transit)).body.code).toBe('routing.r5-not-configured');
    const invalid = await post(PT, { ...transit, travel_cost: { max_traveltime: 91, steps: 3 } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('catchment.travel-time-out-of-range');
  });
});
