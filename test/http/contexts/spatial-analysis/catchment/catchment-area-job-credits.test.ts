import request from 'supertest';
import { AUTHORIZATION_STORES } from '../../../../../src/contexts/authorization/module';
import type { AuthorizationStores } from '../../../../../src/contexts/authorization/adapters/persistence/stores';
import { QUOTAS, type Quotas } from '../../../../../src/contexts/authorization';
import type { BackgroundStreetEngine } from '../../../../../src/contexts/spatial-analysis/adapters/catchment/background-street-engine';
import { TRAVEL_TIME_ENGINE } from '../../../../../src/contexts/spatial-analysis/ports/routing/travel-time-engine.port';
import type { App } from '../../../../../src/platform/app';
import { buildTestApp, principalFor, userToken } from '../../../../support/test-app';
import { jobEnded } from '../../../../support/workspace-jobs';
import { startFakeR5, type FakeR5 } from '../../../../unit/contexts/spatial-analysis/r5/fake-r5-server';
import { homeFolderOf } from '../workspace-http-support';
import { gridAroundOrigin, MONACO_PBF, ORIGIN, r5Env } from './catchment-fixtures';

jest.setTimeout(90_000);

const point = { latitude: [ORIGIN.lat], longitude: [ORIGIN.lon] };
const walking = { starting_points: point, routing_type: 'walking', travel_cost: { max_traveltime: 10, steps: 5, speed: 5 }, catchment_area_type: 'polygon', polygon_difference: true };
const transit = {
  starting_points: point,
  routing_type: { mode: ['bus'], access_mode: 'walk', egress_mode: 'walk' },
  travel_cost: { max_traveltime: 30, steps: 3 },
  catchment_area_type: 'polygon',
  polygon_difference: false,
  time_window: { weekday: 'sunday', from_time: 36_000, to_time: 39_600 },
};
const ACTIVE = '/api/v2/active-mobility/catchment-area';
const PT = '/api/v2/motorized-mobility/pt/catchment-area';

describe.each([
  ['in memory', false],
  ['PostGIS (pg-boss)', true],
])('credits of catchment-area jobs (%s)', (_name, database) => {
  const run = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const ids = { alice: `alice-credits-${run}`, bob: `bob-credits-${run}`, carol: `carol-credits-${run}` };
  const as = (who: keyof typeof ids) => userToken(ids[who]);
  let r5Answers: 'grid' | 'failure' = 'grid';
  let fake: FakeR5;
  let app: App;
  let organizationId: string;
  let projectId: string;
  const post = (path: string, body: unknown, who: keyof typeof ids = 'alice', project = projectId) =>
    request(app.express).post(`${path}?project_id=${project}`).set('Authorization', as(who)).send(body as object);
  const organizationCredits = async (): Promise<number> => {
    const organization = await request(app.express).get(`/api/v2/organizations/${organizationId}`).set('Authorization', as('alice'));
    expect(organization.status).toBe(200);
    return organization.body.used_credits;
  };
  const personalCredits = async (who: keyof typeof ids): Promise<number | null> => {
    const stores = app.container.resolve<AuthorizationStores>(AUTHORIZATION_STORES);
    return (await stores.subscriptions.of({ kind: 'personal', id: ids[who] }))?.used.credits ?? null;
  };
  const jobCount = async (who: keyof typeof ids): Promise<number> => (await request(app.express).get('/api/v2/job').set('Authorization', as(who))).body.total;

  beforeAll(async () => {
    fake = await startFakeR5((res) => (r5Answers === 'grid' ? res.writeHead(200).end(gridAroundOrigin()) : res.writeHead(500).end('worker crashed')));
    app = buildTestApp({ testUsers: true, database, env: { STREET_NETWORK_PBF: MONACO_PBF, ...r5Env(fake.url) } });
    expect(await app.container.resolve<BackgroundStreetEngine>(TRAVEL_TIME_ENGINE).settled()).toBe('ready');
    const organization = await request(app.express).post('/api/v2/organizations').set('Authorization', as('alice')).send({ name: `Credits ${run}` });
    expect(organization.status).toBe(201);
    organizationId = organization.body.id;
    const folderId = await homeFolderOf(app.express, as('alice'));
    const project = await request(app.express).post('/api/v2/project').set('Authorization', as('alice')).send({ folder_id: folderId, name: 'Credits' });
    expect(project.status).toBe(201);
    projectId = project.body.id;
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('a public transport job that r5 fails ends failed and gives the organization its credit back; a finished one keeps it', async () => {
    const before = await organizationCredits();
    r5Answers = 'failure';
    const failed = await post(PT, transit);
    expect(failed.status).toBe(201);
    const failedJob = await jobEnded(app.express, as('alice'), failed.body.job_id);
    expect(failedJob.status_simple).toBe('failed');
    expect(failedJob.error_code).toBe('routing.r5-failed');
    expect(await organizationCredits()).toBe(before);

    r5Answers = 'grid';
    const good = await jobEnded(app.express, as('alice'), (await post(PT, transit)).body.job_id);
    expect(good.status_simple).toBe('finished');
    expect(await organizationCredits()).toBe(before + 1);
  });

  it('a user without an organization gets the credit of a failed job back on their personal allowance', async () => {
    const folderId = await homeFolderOf(app.express, as('carol'));
    const own = (await request(app.express).post('/api/v2/project').set('Authorization', as('carol')).send({ folder_id: folderId, name: 'Mine' })).body.id;
    r5Answers = 'grid';
    const good = await jobEnded(app.express, as('carol'), (await post(PT, transit, 'carol', own)).body.job_id);
    expect(good.status_simple).toBe('finished');
    expect(await personalCredits('carol')).toBe(1);
    r5Answers = 'failure';
    const failed = await jobEnded(app.express, as('carol'), (await post(PT, transit, 'carol', own)).body.job_id);
    expect(failed.status_simple).toBe('failed');
    expect(await personalCredits('carol')).toBe(1);
    r5Answers = 'grid';
  });

  it('refuses 403 to a viewer of a shared project: no job, no credit charged', async () => {
    const shared = await request(app.express).post(`/api/v2/share/project/${projectId}`).set('Authorization', as('alice')).send({ users: [{ id: ids.bob, role: 'project-viewer' }] });
    expect(shared.status).toBe(200);
    expect((await request(app.express).get(`/api/v2/project/${projectId}`).set('Authorization', as('bob'))).status).toBe(200);
    const organizationBefore = await organizationCredits();

    const refused = await post(ACTIVE, walking, 'bob');
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('workspace.project-forbidden');
    expect(await jobCount('bob')).toBe(0);
    expect(await personalCredits('bob')).toBeNull(); // never charged, not even opened
    expect(await organizationCredits()).toBe(organizationBefore);
  });

  it('refuses 403 authorization.quota-exceeded once the month\'s credits are used up: no job', async () => {
    const quotas = app.container.resolve<Quotas>(QUOTAS);
    const used = await organizationCredits();
    const rest = 1000 - used;
    expect((await quotas.reserve(principalFor(ids.alice), 'credits', rest)).ok).toBe(true);
    const jobsBefore = await jobCount('alice');

    const refused = await post(ACTIVE, walking);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'authorization.quota-exceeded', status: 403 });
    expect(await jobCount('alice')).toBe(jobsBefore);
    expect(await organizationCredits()).toBe(1000);

    await quotas.release(principalFor(ids.alice), 'credits', 1);
    const accepted = await post(ACTIVE, walking);
    expect(accepted.status).toBe(201);
    expect((await jobEnded(app.express, as('alice'), accepted.body.job_id)).status_simple).toBe('finished');
    expect(await organizationCredits()).toBe(1000);
  });
});
