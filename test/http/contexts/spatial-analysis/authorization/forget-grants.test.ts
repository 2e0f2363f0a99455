import request from 'supertest';
import type { AuthorizationStores } from '../../../../../src/contexts/authorization/adapters/persistence/stores';
import { AUTHORIZATION_STORES } from '../../../../../src/contexts/authorization/module';
import { userToken } from '../../../../support/test-app';
import { homeFolderOf, rasterLayer, workspaceTestApp } from '../workspace-http-support';

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('deleting a shared item forgets its grants (%s)', (_name, database) => {
  const built = workspaceTestApp(database);
  const app = built.express;
  afterAll(() => built.close());
  const suffix = `${Date.now()}${database ? 'db' : 'mem'}`;
  const aliceId = `alice-forget-${suffix}`;
  const bobId = `bob-forget-${suffix}`;
  const alice = userToken(aliceId);
  const bob = userToken(bobId);
  const grantsOn = (type: 'folder' | 'project' | 'layer', id: string) => built.container.resolve<AuthorizationStores>(AUTHORIZATION_STORES).grants.on({ type, id });

  async function shareWithBob(type: 'folder' | 'project' | 'layer', id: string): Promise<void> {
    const shared = await request(app).post(`/api/v2/share/${type}/${id}`).set('Authorization', alice).send({ users: [{ id: bobId, role: `${type}-viewer` }] });
    expect(shared.status).toBeLessThan(300);
    expect(await grantsOn(type, id)).toHaveLength(1);
  }

  it('drops the grants of a deleted project, layer and folder, and of what the folder held', async () => {
    const home = await homeFolderOf(app, alice);
    const folder = (await request(app).post('/api/v2/folder').set('Authorization', alice).send({ name: 'Shared studies' })).body.id as string;
    const project = (await request(app).post('/api/v2/project').set('Authorization', alice).send({ folder_id: home, name: 'Cycling' })).body.id as string;
    const inFolder = (await request(app).post('/api/v2/project').set('Authorization', alice).send({ folder_id: folder, name: 'Bus stops' })).body.id as string;
    const layer = await rasterLayer(app, alice, home);
    for (const [type, id] of [['project', project], ['layer', layer], ['folder', folder], ['project', inFolder]] as const) await shareWithBob(type, id);
    expect((await request(app).get(`/api/v2/project/${project}`).set('Authorization', bob)).status).toBe(200);

    expect((await request(app).delete(`/api/v2/project/${project}`).set('Authorization', alice)).status).toBe(204);
    expect((await request(app).delete(`/api/v2/layer/${layer}`).set('Authorization', alice)).status).toBe(204);
    expect((await request(app).delete(`/api/v2/folder/${folder}`).set('Authorization', alice)).status).toBe(204);
    for (const [type, id] of [['project', project], ['layer', layer], ['folder', folder], ['project', inFolder]] as const) {
      expect(await grantsOn(type, id)).toEqual([]);
      expect((await request(app).get(`/api/v2/share/${type}/${id}`).set('Authorization', alice)).status).toBe(404);
    }
  });
});
