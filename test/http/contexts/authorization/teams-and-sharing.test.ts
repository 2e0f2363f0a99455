import request from 'supertest';
import { buildTestApp, userToken } from '../../../support/test-app';

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('teams and sharing over HTTP (%s)', (_name, database) => {
  const built = buildTestApp({ testUsers: true, database });
  const app = built.express;
  afterAll(() => built.close());

  const run = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const ids = { alice: `alice${run}`, bob: `bob${run}`, carol: `carol${run}` };
  const as = (who: keyof typeof ids) => userToken(ids[who]);
  let team = '';
  let folder = '';

  it('creates a team, adds and lists members, updates and keeps the last owner', async () => {
    const created = await request(app).post('/api/v2/teams').set('Authorization', as('alice')).send({ name: 'Mobility team', description: 'Walk and bike' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Mobility team', description: 'Walk and bike', organization_id: null });
    team = created.body.id;
    const added = await request(app).post(`/api/v2/teams/${team}/users/${ids.bob}`).set('Authorization', as('alice'));
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ user_id: ids.bob, role: 'team-member' });
    expect((await request(app).post(`/api/v2/teams/${team}/users/${ids.bob}`).set('Authorization', as('alice'))).body.code).toBe('authorization.already-member');
    const members = await request(app).get(`/api/v2/teams/${team}/members`).set('Authorization', as('bob'));
    expect(members.body.items.map((m: { user_id: string }) => m.user_id)).toEqual([ids.alice, ids.bob]);
    const mine = await request(app).get('/api/v2/teams').set('Authorization', as('bob'));
    expect(mine.body.items.map((t: { id: string }) => t.id)).toEqual([team]);
    expect((await request(app).patch(`/api/v2/teams/${team}/profile`).set('Authorization', as('bob')).send({ name: 'Mine now' })).status).toBe(403);
    const updated = await request(app).patch(`/api/v2/teams/${team}/profile`).set('Authorization', as('alice')).send({ name: 'Active mobility' });
    expect(updated.body.name).toBe('Active mobility');
    const lastOwner = await request(app).delete(`/api/v2/teams/${team}/users/${ids.alice}`).set('Authorization', as('alice'));
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.body.code).toBe('authorization.last-owner');
  });

  it('shares a folder with a team: members read it, cannot change it; revoking takes it away', async () => {
    folder = (await request(app).post('/api/v2/folder').set('Authorization', as('alice')).send({ name: `Shared ${run}` })).body.id;
    expect((await request(app).get(`/api/v2/folder/${folder}`).set('Authorization', as('bob'))).status).toBe(404);

    const malformed = await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice')).send({ teams: [{ id: 'not-a-team-id', role: 'folder-viewer' }] });
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].pointer).toBe('/body/teams/0/id');

    const shared = await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice')).send({ teams: [{ id: team, role: 'folder-viewer' }] });
    expect(shared.status).toBe(200);
    expect(shared.body).toEqual({ owned_by: ids.alice, shared_with: { users: [], teams: [{ id: team, role: 'folder-viewer' }], organizations: [] } });
    expect((await request(app).get(`/api/v2/folder/${folder}`).set('Authorization', as('bob'))).status).toBe(200);
    const rename = await request(app).put(`/api/v2/folder/${folder}`).set('Authorization', as('bob')).send({ name: 'Taken' });
    expect(rename.status).toBe(403);

    const escalate = await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice')).send({ users: [{ id: ids.carol, role: 'folder-owner' }] });
    expect(escalate.status).toBe(422);
    expect(escalate.body.code).toBe('authorization.share-role-invalid');
    const byViewer = await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', as('bob')).send({ users: [{ id: ids.bob, role: 'folder-editor' }] });
    expect(byViewer.status).toBe(403);

    const withUser = await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice')).send({ users: [{ id: ids.carol, role: 'folder-editor' }] });
    expect(withUser.body.shared_with).toEqual({ users: [{ id: ids.carol, role: 'folder-editor' }], teams: [{ id: team, role: 'folder-viewer' }], organizations: [] });
    expect((await request(app).put(`/api/v2/folder/${folder}`).set('Authorization', as('carol')).send({ name: `Renamed ${run}` })).status).toBe(200);

    expect((await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice')).send({ teams: [] })).status).toBe(200);
    expect((await request(app).get(`/api/v2/folder/${folder}`).set('Authorization', as('bob'))).status).toBe(404);
    const access = await request(app).get(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice'));
    expect(access.body.shared_with.teams).toEqual([]);
  });

  it('denies another user every team and share endpoint that takes an id: 404 and none of the data', async () => {
    const carol = as('carol');
    const attempts = [
      request(app).get(`/api/v2/teams/${team}`).set('Authorization', carol),
      request(app).delete(`/api/v2/teams/${team}`).set('Authorization', carol),
      request(app).patch(`/api/v2/teams/${team}/profile`).set('Authorization', carol).send({ name: 'Hijacked' }),
      request(app).get(`/api/v2/teams/${team}/members`).set('Authorization', carol),
      request(app).post(`/api/v2/teams/${team}/users/${ids.carol}`).set('Authorization', carol),
      request(app).delete(`/api/v2/teams/${team}/users/${ids.bob}`).set('Authorization', carol),
      request(app).get(`/api/v2/share/project/${folder}`).set('Authorization', carol),
      request(app).post(`/api/v2/share/layer/${folder}`).set('Authorization', carol).send({ users: [] }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body).not.toHaveProperty('name');
      expect(response.body).not.toHaveProperty('shared_with');
    }
    // Carol edits the folder (shared as editor) but may not manage its shares: 403, nothing shown.
    const shares = await request(app).get(`/api/v2/share/folder/${folder}`).set('Authorization', carol);
    expect(shares.status).toBe(403);
    expect(shares.body).not.toHaveProperty('shared_with');
    const stranger = userToken(`dan${run}`);
    expect((await request(app).get(`/api/v2/share/folder/${folder}`).set('Authorization', stranger)).status).toBe(404);
    expect((await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', stranger).send({ users: [{ id: `dan${run}`, role: 'folder-editor' }] })).status).toBe(404);
    expect((await request(app).get(`/api/v2/teams/${team}/members`).set('Authorization', as('alice'))).body.total).toBe(2);
  });

  it('refuses sharing with a team the sharer cannot see, or with another organization', async () => {
    const other = (await request(app).post('/api/v2/teams').set('Authorization', as('carol')).send({ name: 'Carol only' })).body.id;
    const response = await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice')).send({ teams: [{ id: other, role: 'folder-viewer' }] });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('authorization.grantee-not-found');
    const org = await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice')).send({ organizations: [{ id: '0190c0de-0000-7000-8000-000000000000', role: 'folder-viewer' }] });
    expect(org.body.code).toBe('authorization.grantee-not-found');
  });

  it('a superuser may read anything, and an organization admin sees it in the audit log', async () => {
    const org = (await request(app).post('/api/v2/organizations').set('Authorization', as('alice')).send({ name: `Audited ${run}` })).body.id;
    const superuser = userToken(`root${run}`, ['superuser']);
    expect((await request(app).get(`/api/v2/organizations/${org}`).set('Authorization', superuser)).status).toBe(200);
    const audit = await request(app).get(`/api/v2/organizations/${org}/audit`).set('Authorization', as('alice'));
    expect(audit.body.items[0]).toMatchObject({ actor_id: `root${run}`, action: 'superuser-override', subject: `organization:${org}` });
  });

  it('shares a project, and projects in a shared folder inherit the folder\'s grant', async () => {
    const home = (await request(app).get('/api/v2/folder').set('Authorization', as('alice'))).body.items[0].id;
    const project = (await request(app).post('/api/v2/project').set('Authorization', as('alice')).send({ folder_id: home, name: `Schools ${run}` })).body.id;
    expect((await request(app).get(`/api/v2/project/${project}`).set('Authorization', as('carol'))).status).toBe(404);
    const shared = await request(app).post(`/api/v2/share/project/${project}`).set('Authorization', as('alice')).send({ users: [{ id: ids.carol, role: 'project-viewer' }] });
    expect(shared.body.shared_with.users).toEqual([{ id: ids.carol, role: 'project-viewer' }]);
    expect((await request(app).get(`/api/v2/project/${project}`).set('Authorization', as('carol'))).status).toBe(200);
    expect((await request(app).delete(`/api/v2/project/${project}`).set('Authorization', as('carol'))).status).toBe(403);

    const inShared = (await request(app).post('/api/v2/project').set('Authorization', as('alice')).send({ folder_id: folder, name: `Parks ${run}` })).body.id;
    expect((await request(app).get(`/api/v2/project/${inShared}`).set('Authorization', as('carol'))).status).toBe(200);
    expect((await request(app).get(`/api/v2/project/${inShared}`).set('Authorization', as('bob'))).status).toBe(404);
  });

  it('deletes a team: what was shared with it is no longer shared', async () => {
    await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice')).send({ teams: [{ id: team, role: 'folder-viewer' }] });
    expect((await request(app).delete(`/api/v2/teams/${team}`).set('Authorization', as('bob'))).status).toBe(403);
    expect((await request(app).delete(`/api/v2/teams/${team}`).set('Authorization', as('alice'))).status).toBe(204);
    expect((await request(app).get(`/api/v2/teams/${team}`).set('Authorization', as('alice'))).status).toBe(404);
    expect((await request(app).get(`/api/v2/share/folder/${folder}`).set('Authorization', as('alice'))).body.shared_with.teams).toEqual([]);
  });
});
