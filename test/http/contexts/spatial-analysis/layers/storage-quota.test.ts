import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { QUOTAS, type Quotas } from '../../../../../src/contexts/authorization';
import { AUTHORIZATION_STORES } from '../../../../../src/contexts/authorization/module';
import type { AuthorizationStores } from '../../../../../src/contexts/authorization/adapters/persistence/stores';
import { MONACO_POIS } from '../../../../support/geodata-files';
import { principalFor, userToken } from '../../../../support/test-app';
import { importFile, uploadFile } from '../../../../support/workspace-jobs';
import { homeFolderOf, workspaceTestApp } from '../workspace-http-support';

jest.setTimeout(60_000);

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('the storage quota over HTTP (%s)', (_name, database) => {
  const files = mkdtempSync(join(tmpdir(), 'goat-storage-'));
  const built = workspaceTestApp(database, { UPLOAD_DIR: files });
  const app = built.express;
  const userId = `alice-storage-${Date.now()}${database ? 'db' : 'mem'}`;
  const alice = userToken(userId);
  const account = { kind: 'personal', id: userId } as const;
  const stores = () => built.container.resolve<AuthorizationStores>(AUTHORIZATION_STORES);
  const usedStorage = async (): Promise<number> => (await stores().subscriptions.of(account))?.used.storage ?? 0;
  afterAll(async () => {
    await built.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('charges an import the bytes it stored and gives them back when the layer is deleted', async () => {
    const folderId = await homeFolderOf(app, alice);
    const { job, layerId } = await importFile(app, alice, MONACO_POIS, { folderId, name: 'Monaco POIs' });
    expect(job.status_simple).toBe('finished');
    const layer = await request(app).get(`/api/v2/layer/${layerId}`).set('Authorization', alice);
    expect(layer.body.size).toBeGreaterThan(0);
    expect(await usedStorage()).toBe(layer.body.size);
    expect((await request(app).delete(`/api/v2/layer/${layerId}`).set('Authorization', alice)).status).toBe(204);
    expect(await usedStorage()).toBe(0);
  });

  it('refuses an import over the remaining storage with 403 and creates no layer and no job', async () => {
    const folderId = await homeFolderOf(app, alice);
    await built.container.resolve<Quotas>(QUOTAS).reserve(principalFor(userId), 'storage', 0); // opens the allowance
    const subscription = (await stores().subscriptions.of(account))!;
    await stores().subscriptions.update({ ...subscription, totals: { ...subscription.totals, storage: statSync(MONACO_POIS).size - 1 } });

    const upload = await uploadFile(app, alice, MONACO_POIS);
    expect(upload.status).toBe(201);
    const refused = await request(app).post('/api/v2/layer/feature-standard').set('Authorization', alice).send({ dataset_id: upload.body.dataset_id, folder_id: folderId, name: 'Too big' });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'authorization.quota-exceeded' });
    const layers = await request(app).post('/api/v2/layer').set('Authorization', alice).send({});
    expect(layers.body.total).toBe(0);
    const jobs = await request(app).get('/api/v2/job?type=file_import').set('Authorization', alice);
    expect(jobs.status).toBe(200);
    expect((jobs.body.items as unknown[]).length).toBe(1); // the earlier, finished import only
    expect(await usedStorage()).toBe(0);
  });
});
