import request from 'supertest';
import { buildTestApp, userToken } from '../../../../support/test-app';

const alice = userToken(`alice${Date.now()}`);
const bob = userToken(`bob${Date.now()}`);

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('folders over HTTP (%s)', (_name, database) => {
  const built = buildTestApp({ testUsers: true, database });
  const app = built.express;
  afterAll(() => built.close());

  it('lists the home folder on first use, then creates, reads, renames, searches and deletes', async () => {
    const initial = await request(app).get('/api/v2/folder').set('Authorization', alice);
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({ total: 1, page: 1, size: 50, pages: 1 });
    expect(initial.body.items[0]).toMatchObject({ name: 'home' });

    const created = await request(app).post('/api/v2/folder').set('Authorization', alice).send({ name: 'Cycling network' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), name: 'Cycling network', user_id: expect.any(String), created_at: expect.any(String), updated_at: expect.any(String) });
    const id = created.body.id as string;

    expect((await request(app).get(`/api/v2/folder/${id}`).set('Authorization', alice)).body.name).toBe('Cycling network');
    const renamed = await request(app).put(`/api/v2/folder/${id}`).set('Authorization', alice).send({ name: 'Cycling' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Cycling');

    const found = await request(app).get('/api/v2/folder?search=cycl').set('Authorization', alice);
    expect(found.body.items.map((folder: { name: string }) => folder.name)).toEqual(['Cycling']);

    expect((await request(app).delete(`/api/v2/folder/${id}`).set('Authorization', alice)).status).toBe(204);
    expect((await request(app).get(`/api/v2/folder/${id}`).set('Authorization', alice)).status).toBe(404);
  });

  it('refuses a duplicate name with 409 and the home folder\'s changes with 409', async () => {
    await request(app).post('/api/v2/folder').set('Authorization', alice).send({ name: 'Duplicate' });
    const duplicate = await request(app).post('/api/v2/folder').set('Authorization', alice).send({ name: 'Duplicate' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('workspace.folder-name-taken');
    const home = (await request(app).get('/api/v2/folder').set('Authorization', alice)).body.items[0];
    const rename = await request(app).put(`/api/v2/folder/${home.id}`).set('Authorization', alice).send({ name: 'away' });
    expect(rename.status).toBe(409);
    expect(rename.body.code).toBe('workspace.home-folder-protected');
    expect((await request(app).delete(`/api/v2/folder/${home.id}`).set('Authorization', alice)).status).toBe(409);
  });

  it('denies another user every endpoint that takes an id: 404 and none of the data', async () => {
    const created = await request(app).post('/api/v2/folder').set('Authorization', alice).send({ name: 'Secret plans' });
    const id = created.body.id as string;
    const attempts = [
      request(app).get(`/api/v2/folder/${id}`).set('Authorization', bob),
      request(app).put(`/api/v2/folder/${id}`).set('Authorization', bob).send({ name: 'Taken over' }),
      request(app).delete(`/api/v2/folder/${id}`).set('Authorization', bob),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('workspace.folder-not-found');
      expect(JSON.stringify(response.body)).not.toContain('Secret plans');
    }
    const bobsList = await request(app).get('/api/v2/folder').set('Authorization', bob);
    expect(bobsList.body.items.map((folder: { name: string }) => folder.name)).toEqual(['home']);
    expect((await request(app).get(`/api/v2/folder/${id}`).set('Authorization', alice)).body.name).toBe('Secret plans');
  });

  it('requires authentication', async () => {
    const response = await request(app).get('/api/v2/folder');
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
  });
});
