import request from 'supertest';
import { userToken } from '../../../../support/test-app';
import { homeFolderOf, workspaceTestApp } from '../workspace-http-support';

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('the projects quota over HTTP (%s)', (_name, database) => {
  const built = workspaceTestApp(database);
  const app = built.express;
  afterAll(() => built.close());
  const suffix = `${Date.now()}${database ? 'db' : 'mem'}`;

  const create = (token: string, folderId: string, name: string) => request(app).post('/api/v2/project').set('Authorization', token).send({ folder_id: folderId, name });
  const countOf = async (token: string): Promise<number> => (await request(app).get('/api/v2/project?size=100').set('Authorization', token)).body.total as number;

  it('refuses the 21st project of the starter plan with 403 and leaves the count unchanged; a deletion frees one', async () => {
    const alice = userToken(`alice-quota-${suffix}`);
    const folderId = await homeFolderOf(app, alice);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const created = await create(alice, folderId, `District ${i}`);
      expect(created.status).toBe(201);
      ids.push(created.body.id);
    }
    const refused = await create(alice, folderId, 'District 21');
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'authorization.quota-exceeded', status: 403 });
    expect(await countOf(alice)).toBe(20);

    expect((await request(app).delete(`/api/v2/project/${ids[0]}`).set('Authorization', alice)).status).toBe(204);
    expect((await create(alice, folderId, 'District 21')).status).toBe(201);
    expect(await countOf(alice)).toBe(20);
  });

  it('lets exactly the allowed number through a concurrent burst of 30 creations', async () => {
    const carol = userToken(`carol-burst-${suffix}`);
    const folderId = await homeFolderOf(app, carol);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => create(carol, folderId, `Burst ${i}`)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    expect(statuses.filter((status) => status === 403)).toHaveLength(10);
    expect(await countOf(carol)).toBe(20);
  });
});
