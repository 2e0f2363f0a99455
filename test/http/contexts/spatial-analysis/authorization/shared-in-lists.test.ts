import request from 'supertest';
import { userToken } from '../../../../support/test-app';
import { homeFolderOf, rasterLayer, workspaceTestApp } from '../workspace-http-support';

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('lists include what was shared with the caller (%s)', (_name, database) => {
  const built = workspaceTestApp(database);
  const app = built.express;
  afterAll(() => built.close());
  const suffix = `${Date.now()}${database ? 'db' : 'mem'}`;
  const bobId = `bob-lists-${suffix}`;
  const alice = userToken(`alice-lists-${suffix}`);
  const bob = userToken(bobId);
  const projectIdsOf = async (token: string): Promise<string[]> => (await request(app).get('/api/v2/project?size=100').set('Authorization', token)).body.items.map((p: { id: string }) => p.id);
  const layerIdsOf = async (token: string): Promise<string[]> => (await request(app).post('/api/v2/layer?size=100').set('Authorization', token).send({})).body.items.map((l: { id: string }) => l.id);
  const share = (type: string, id: string, users: { id: string; role: string }[]) => request(app).post(`/api/v2/share/${type}/${id}`).set('Authorization', alice).send({ users });

  it('a project shared with bob as viewer is in his list, read-only, and leaves it when revoked', async () => {
    const home = await homeFolderOf(app, alice);
    const project = (await request(app).post('/api/v2/project').set('Authorization', alice).send({ folder_id: home, name: 'Bus network' })).body.id as string;
    const own = (await request(app).post('/api/v2/project').set('Authorization', bob).send({ folder_id: await homeFolderOf(app, bob), name: 'Mine' })).body.id as string;
    expect(await projectIdsOf(bob)).toEqual([own]);

    expect((await share('project', project, [{ id: bobId, role: 'project-viewer' }])).status).toBeLessThan(300);
    expect((await projectIdsOf(bob)).sort()).toEqual([own, project].sort());
    expect((await request(app).get(`/api/v2/project/${project}`).set('Authorization', bob)).status).toBe(200);
    const put = await request(app).put(`/api/v2/project/${project}`).set('Authorization', bob).send({ name: 'Taken over' });
    expect(put.status).toBe(403);
    expect(put.body.code).toBe('workspace.project-forbidden');

    expect((await share('project', project, [])).status).toBeLessThan(300);
    expect(await projectIdsOf(bob)).toEqual([own]);
    expect((await request(app).get(`/api/v2/project/${project}`).set('Authorization', bob)).status).toBe(404);
    expect(await projectIdsOf(alice)).toEqual([project]);
  });

  it('a folder shared with bob brings its projects and layers into his lists', async () => {
    const folder = (await request(app).post('/api/v2/folder').set('Authorization', alice).send({ name: `Studies ${suffix}` })).body.id as string;
    const project = (await request(app).post('/api/v2/project').set('Authorization', alice).send({ folder_id: folder, name: 'Schools' })).body.id as string;
    const layer = await rasterLayer(app, alice, folder, 'Orthophoto');
    const elsewhere = await rasterLayer(app, alice, await homeFolderOf(app, alice), 'Not shared');
    expect(await layerIdsOf(bob)).not.toContain(layer);

    expect((await share('folder', folder, [{ id: bobId, role: 'folder-viewer' }])).status).toBeLessThan(300);
    expect(await projectIdsOf(bob)).toContain(project);
    const layers = await layerIdsOf(bob);
    expect(layers).toContain(layer);
    expect(layers).not.toContain(elsewhere);
    const filtered = await request(app).post(`/api/v2/layer?size=100`).set('Authorization', bob).send({ folder_id: folder });
    expect(filtered.body.items.map((l: { id: string }) => l.id)).toEqual([layer]);

    expect((await share('folder', folder, [])).status).toBeLessThan(300);
    expect(await layerIdsOf(bob)).not.toContain(layer);
    expect(await projectIdsOf(bob)).not.toContain(project);
  });
});
