import request from 'supertest';
import { EVENT_BUS, type EventBus } from '../../../../src/shared-kernel/event-bus.port';
import { buildTestApp, userToken } from '../../../support/test-app';

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('a deleted user’s authorization data is erased (%s)', (_name, database) => {
  const built = buildTestApp({ testUsers: true, database });
  const app = built.express;
  afterAll(() => built.close());
  const run = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

  it('removes memberships, teams and shares; an organization passes to the next member', async () => {
    const [alice, bob] = [`alice${run}`, `bob${run}`];
    const org = (await request(app).post('/api/v2/organizations').set('Authorization', userToken(alice)).send({ name: 'Leaving' })).body.id;
    const invitation = (await request(app).post(`/api/v2/organizations/${org}/invitations`).set('Authorization', userToken(alice)).send({ user_email: `${bob}@example.org`, role: 'organization-viewer' })).body.id;
    await request(app).patch(`/api/v2/users/invitations/${invitation}`).set('Authorization', userToken(bob));
    const team = (await request(app).post('/api/v2/teams').set('Authorization', userToken(alice)).send({ name: 'Solo' })).body.id;
    const folder = (await request(app).post('/api/v2/folder').set('Authorization', userToken(bob)).send({ name: 'Bob’s' })).body.id;
    await request(app).post(`/api/v2/share/folder/${folder}`).set('Authorization', userToken(bob)).send({ users: [{ id: alice, role: 'folder-viewer' }] });

    await built.container.resolve<EventBus>(EVENT_BUS).publish({ type: 'identity.user-deleted', userId: alice, occurredAt: new Date().toISOString() } as never);

    const members = await request(app).get(`/api/v2/organizations/${org}/users`).set('Authorization', userToken(bob));
    expect(members.body.items).toEqual([expect.objectContaining({ user_id: bob, role: 'organization-owner' })]);
    expect((await request(app).get(`/api/v2/teams/${team}`).set('Authorization', userToken(bob, ['superuser']))).status).toBe(404);
    expect((await request(app).get(`/api/v2/share/folder/${folder}`).set('Authorization', userToken(bob))).body.shared_with.users).toEqual([]);
    const audit = await request(app).get(`/api/v2/organizations/${org}/audit`).set('Authorization', userToken(bob));
    expect(audit.body.items.map((e: { actor_id: string }) => e.actor_id)).not.toContain(alice);
  });
});
