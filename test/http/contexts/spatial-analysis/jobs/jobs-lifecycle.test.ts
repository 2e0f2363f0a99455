import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { GdalDatasetFiles } from '../../../../../src/contexts/spatial-analysis/adapters/gdal/gdal-dataset-files';
import { started } from '../../../../../src/contexts/spatial-analysis/domain/jobs/job';
import { DATASET_FILES, type DatasetFiles } from '../../../../../src/contexts/spatial-analysis/ports/import-export/dataset-files.port';
import { JOB_REPOSITORY, type JobRepository } from '../../../../../src/contexts/spatial-analysis/ports/jobs/job-repository.port';
import { LAYER_FEATURE_STORE, type LayerFeatureStore } from '../../../../../src/contexts/spatial-analysis/ports/layers/layer-feature-store.port';
import type { App } from '../../../../../src/platform/app';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { aJob } from '../../../../support/contracts/workspace-mothers';
import { jobEnded, uploadFile, type JobView } from '../../../../support/workspace-jobs';
import { homeFolderOf } from '../workspace-http-support';

jest.setTimeout(90_000);

/** Holds every import at its first step until released, so tests can act while jobs run. */
class Gate {
  private release!: () => void;
  private opened = new Promise<void>((resolve) => (this.release = resolve));
  entered = 0;
  async pass(): Promise<void> {
    this.entered++;
    await this.opened;
  }
  open(): void {
    this.release();
  }
}

function gatedDatasets(directory: string, gate: Gate): DatasetFiles {
  const real = new GdalDatasetFiles(directory, 300);
  return {
    accept: (file, options) => real.accept(file, options),
    reject: (file) => real.reject(file),
    byId: (id) => real.byId(id),
    discard: (id) => real.discard(id),
    discardExpired: (now) => real.discardExpired(now),
    open: async (dataset, attributes) => {
      await gate.pass();
      return real.open(dataset, attributes);
    },
  };
}

async function waitUntil(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [7.42, 43.73] } }] });

describe.each([
  ['in memory', false],
  ['PostGIS (pg-boss)', true],
])('job lifecycle (%s)', (_name, database) => {
  const uploads = mkdtempSync(join(tmpdir(), 'goat-jobs-'));
  const sample = join(uploads, 'one.geojson');
  writeFileSync(sample, geojson);
  const suffix = `${Date.now()}${database ? 'db' : 'mem'}`;
  const alice = userToken(`alice-jobs-${suffix}`);
  const bob = userToken(`bob-jobs-${suffix}`);
  const queue = `test-jobs-${suffix}`;
  let apps: App[] = [];
  afterEach(async () => {
    for (const app of apps) await app.close();
    apps = [];
  });
  afterAll(() => rmSync(uploads, { recursive: true, force: true }));

  function appWith(gate: Gate, env: Record<string, string> = {}): App {
    const app = buildTestApp({
      testUsers: true,
      database,
      env: { UPLOAD_DIR: uploads, JOB_HEARTBEAT_SECONDS: '1', JOB_QUEUE_NAME: queue, ...env },
      overrides: (container) => container.register(DATASET_FILES, { useValue: gatedDatasets(uploads, gate) }),
    });
    apps.push(app);
    return app;
  }

  async function startImport(app: App, token = alice): Promise<request.Response> {
    const folderId = await homeFolderOf(app.express, token);
    const upload = await uploadFile(app.express, token, sample);
    return request(app.express).post('/api/v2/layer/feature-standard').set('Authorization', token).send({ dataset_id: upload.body.dataset_id, folder_id: folderId, name: 'Gated' });
  }

  const jobOf = async (app: App, id: string, token = alice): Promise<JobView> => (await request(app.express).get(`/api/v2/job/${id}`).set('Authorization', token)).body;

  it('kills a running job between its steps: status killed, and no layer, no rows left', async () => {
    const gate = new Gate();
    const app = appWith(gate);
    const created = await startImport(app);
    expect(created.status).toBe(201);
    const jobId = created.body.job_id as string;
    await waitUntil(async () => gate.entered > 0);
    const running = await jobOf(app, jobId);
    expect(running.status_simple).toBe('running');
    expect(running.status.upload.status).toBe('running');

    const killed = await request(app.express).put(`/api/v2/job/kill/${jobId}`).set('Authorization', alice);
    expect(killed.status).toBe(200);
    expect(killed.body.status_simple).toBe('killed');
    gate.open();

    const layerId = (killed.body.payload as { layer_id: string }).layer_id;
    const store = app.container.resolve<LayerFeatureStore>(LAYER_FEATURE_STORE);
    await waitUntil(async () => !(await store.exists(layerId)) && (await jobOf(app, jobId)).status_simple === 'killed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await store.exists(layerId)).toBe(false);
    expect((await request(app.express).get(`/api/v2/layer/${layerId}`).set('Authorization', alice)).status).toBe(404);
    expect((await jobOf(app, jobId)).status_simple).toBe('killed');
    const again = await request(app.express).put(`/api/v2/job/kill/${jobId}`).set('Authorization', alice);
    expect(again.status).toBe(200);
  });

  it('refuses a 7th active job with 429 and Retry-After; killing one frees a slot', async () => {
    const gate = new Gate();
    const app = appWith(gate, { JOB_CONCURRENCY: '2' });
    const token = userToken(`carol-jobs-${suffix}`);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const created = await startImport(app, token);
      expect(created.status).toBe(201);
      ids.push(created.body.job_id);
    }
    const seventh = await startImport(app, token);
    expect(seventh.status).toBe(429);
    expect(seventh.body.code).toBe('jobs.too-many-running');
    expect(Number(seventh.headers['retry-after'])).toBeGreaterThan(0);
    const pending = ids[5];
    expect((await request(app.express).put(`/api/v2/job/kill/${pending}`).set('Authorization', token)).body.status_simple).toBe('killed');
    expect((await startImport(app, token)).status).toBe(201);
    gate.open();
    for (const id of ids.slice(0, 5)) expect((await jobEnded(app.express, token, id)).status_simple).toBe('finished');
    const list = await request(app.express).get('/api/v2/job?type=file_import&size=3').set('Authorization', token);
    expect(list.body).toMatchObject({ total: 7, size: 3, pages: 3 });
  });

  it('denies another user every job endpoint that takes an id', async () => {
    const gate = new Gate();
    gate.open();
    const app = appWith(gate);
    const jobId = (await startImport(app)).body.job_id as string;
    await jobEnded(app.express, alice, jobId);
    for (const response of [
      await request(app.express).get(`/api/v2/job/${jobId}`).set('Authorization', bob),
      await request(app.express).put(`/api/v2/job/kill/${jobId}`).set('Authorization', bob),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('jobs.job-not-found');
      expect(JSON.stringify(response.body)).not.toContain('Gated');
    }
    expect((await request(app.express).put('/api/v2/job/read').set('Authorization', bob).send({ job_ids: [jobId] })).body).toEqual({ updated: 0 });
    expect((await request(app.express).get('/api/v2/job').set('Authorization', bob)).body.total).toBe(0);
    expect((await jobOf(app, jobId)).read).toBe(false);
  });

  it('a job running when the server stops is failed, not left running, and leaves nothing behind', async () => {
    const gate = new Gate();
    const first = appWith(gate);
    const jobId = (await startImport(first)).body.job_id as string;
    await waitUntil(async () => gate.entered > 0);
    const layerId = (await jobOf(first, jobId)).payload.layer_id as string;
    await first.close();
    gate.open();

    const second = appWith(new Gate());
    const after = await jobOf(second, jobId);
    if (database) {
      expect(after).toMatchObject({ status_simple: 'failed', error_code: 'jobs.interrupted' });
      expect(after.msg_simple).toMatch(/stopped before it finished/);
      expect(await second.container.resolve<LayerFeatureStore>(LAYER_FEATURE_STORE).exists(layerId)).toBe(false);
    } else {
      // The embedded default keeps jobs in memory: a new server starts with none.
      expect((await request(second.express).get(`/api/v2/job/${jobId}`).set('Authorization', alice)).status).toBe(404);
    }
  });

  if (database) {
    it('a job left running by a crashed server (silent heartbeat) is failed when the next server starts', async () => {
      const app = appWith(new Gate(), { JOB_STALE_AFTER_SECONDS: '5' });
      const repository = app.container.resolve<JobRepository>(JOB_REPOSITORY);
      const crashed = started(aJob(`alice-jobs-${suffix}`, 0), new Date(Date.now() - 10 * 60_000));
      await repository.insertIfBelowLimit(crashed, 6);
      await repository.update(crashed, ['pending']);
      const seen = await jobOf(app, crashed.id);
      expect(seen).toMatchObject({ status_simple: 'failed', error_code: 'jobs.interrupted' });
    });

    it('a job still queued when the server stops is resumed by the next server', async () => {
      const gate = new Gate();
      const first = appWith(gate, { JOB_CONCURRENCY: '1' });
      const blocking = (await startImport(first)).body.job_id as string;
      await waitUntil(async () => gate.entered > 0);
      const queued = (await startImport(first)).body.job_id as string;
      expect((await jobOf(first, queued)).status_simple).toBe('pending');
      await first.close();
      gate.open();
      const open = new Gate();
      open.open();
      const second = appWith(open);
      expect((await jobOf(second, blocking)).status_simple).toBe('failed');
      const resumed = await jobEnded(second.express, alice, queued);
      expect(resumed).toMatchObject({ status_simple: 'finished', result: { feature_count: 1 } });
    });
  }
});
