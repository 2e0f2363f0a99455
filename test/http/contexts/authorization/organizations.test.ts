import request from 'supertest';
import { buildTestApp, userToken } from '../../../support/test-app';

const ORG_FIELDS = ['name', 'plan_name', 'used_projects', 'total_projects'];

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('organizations, members and invitations over HTTP (%s)', (_name, database) => {
  const built = buildTestApp({ testUsers: true, database });
  const app = built.express;
  afterAll(() => built.close());

  const run = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const ids = { alice: `alice${run}`, bob: `bob${run}`, carol: `carol${run}`, dave: `dave${run}` };
  const as = (who: keyof typeof ids) => userToken(ids[who]);
  const emailOf = (who: keyof typeof ids) => `${ids[who]}@example.org`;
  let org = '';
  let pendingForDave = '';

  it('creates an organization on the starter plan with the creator as owner', async () => {
    const created = await request(app).post('/api/v2/organizations').set('Authorization', as('alice')).send({ name: 'City of Tests', industry: 'planning' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'City of Tests', industry: 'planning', plan_name: 'goat_starter', total_projects: 20, total_editors: 2, used_editors: 1, suspended: false });
    org = created.body.id;
    const mine = await request(app).get('/api/v2/users/organization').set('Authorization', as('alice'));
    expect(mine.body.id).toBe(org);
    const again = await request(app).post('/api/v2/organizations').set('Authorization', as('alice')).send({ name: 'Second' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('authorization.already-in-organization');
    const renamed = await request(app).patch(`/api/v2/organizations/${org}/profile`).set('Authorization', as('alice')).send({ name: 'City of Proofs' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('City of Proofs');
  });

  it('invites by e-mail; the invitee lists and accepts; members and audit show it', async () => {
    const invited = await request(app).post(`/api/v2/organizations/${org}/invitations`).set('Authorization', as('alice')).send({ user_email: emailOf('bob'), role: 'organization-editor' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ user_email: emailOf('bob'), role: 'organization-editor', status: 'pending' });
    const twice = await request(app).post(`/api/v2/organizations/${org}/invitations`).set('Authorization', as('alice')).send({ user_email: emailOf('bob'), role: 'organization-viewer' });
    expect(twice.body.code).toBe('authorization.already-invited');

    const mine = await request(app).get('/api/v2/users/invitations').set('Authorization', as('bob'));
    expect(mine.body.map((i: { id: string }) => i.id)).toEqual([invited.body.id]);
    const accepted = await request(app).patch(`/api/v2/users/invitations/${invited.body.id}`).set('Authorization', as('bob'));
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ user_id: ids.bob, role: 'organization-editor' });
    const reused = await request(app).patch(`/api/v2/users/invitations/${invited.body.id}`).set('Authorization', as('bob'));
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('authorization.invitation-not-pending');

    const existing = await request(app).post(`/api/v2/organizations/${org}/invitations`).set('Authorization', as('alice')).send({ user_email: emailOf('bob'), role: 'organization-viewer' });
    expect(existing.status).toBe(409);
    expect(existing.body.code).toBe('authorization.already-member');

    const forDave = await request(app).post(`/api/v2/organizations/${org}/invitations`).set('Authorization', as('alice')).send({ user_email: emailOf('dave'), role: 'organization-viewer' });
    pendingForDave = forDave.body.id;
    const members = await request(app).get(`/api/v2/organizations/${org}/users?include_invitations=true`).set('Authorization', as('bob'));
    expect(members.status).toBe(200);
    expect(members.body.items.map((m: { user_id: string; role: string }) => [m.user_id, m.role])).toEqual([
      [ids.alice, 'organization-owner'],
      [ids.bob, 'organization-editor'],
    ]);
    expect(members.body.invitations.map((i: { user_email: string }) => i.user_email)).toEqual([emailOf('dave')]);
    const changed = await request(app).patch(`/api/v2/organizations/${org}/invitations/${pendingForDave}/role`).set('Authorization', as('alice')).send({ role: 'organization-editor' });
    expect(changed.body.role).toBe('organization-editor');
  });

  it('refuses the n+1th editor seat beyond the plan, with nothing changed', async () => {
    const refused = await request(app).patch(`/api/v2/users/invitations/${pendingForDave}`).set('Authorization', as('dave'));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'authorization.quota-exceeded', quota: 'editors', total: 2, used: 2 });
    expect((await request(app).get('/api/v2/users/organization').set('Authorization', as('dave'))).status).toBe(404);
    const pending = await request(app).get('/api/v2/users/invitations?status=pending').set('Authorization', as('dave'));
    expect(pending.body.map((i: { id: string }) => i.id)).toEqual([pendingForDave]);
    expect((await request(app).delete(`/api/v2/users/invitations/${pendingForDave}`).set('Authorization', as('dave'))).status).toBe(204);
  });

  it('changes roles within the rules: no self-escalation, no demoting the last owner, editors cannot manage', async () => {
    const byEditor = await request(app).patch(`/api/v2/organizations/${org}/users/${ids.alice}`).set('Authorization', as('bob')).send({ role: 'organization-viewer' });
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.code).toBe('authorization.forbidden');
    const toAdmin = await request(app).patch(`/api/v2/organizations/${org}/users/${ids.bob}`).set('Authorization', as('alice')).send({ role: 'organization-admin' });
    expect(toAdmin.status).toBe(200);
    const selfOwner = await request(app).patch(`/api/v2/organizations/${org}/users/${ids.bob}`).set('Authorization', as('bob')).send({ role: 'organization-owner' });
    expect(selfOwner.status).toBe(403);
    expect(selfOwner.body.code).toBe('authorization.role-escalation');
    const demoteOwner = await request(app).patch(`/api/v2/organizations/${org}/users/${ids.alice}`).set('Authorization', as('bob')).send({ role: 'organization-viewer' });
    expect(demoteOwner.status).toBe(409);
    expect(demoteOwner.body.code).toBe('authorization.last-owner');
    const removeOwner = await request(app).delete(`/api/v2/organizations/${org}/users/${ids.alice}`).set('Authorization', as('alice'));
    expect(removeOwner.body.code).toBe('authorization.last-owner');
    const unknownRole = await request(app).patch(`/api/v2/organizations/${org}/users/${ids.bob}`).set('Authorization', as('alice')).send({ role: 'organization-emperor' });
    expect(unknownRole.status).toBe(422);
    const audit = await request(app).get(`/api/v2/organizations/${org}/audit`).set('Authorization', as('alice'));
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['member-role-changed', 'member-added']);
  });

  it('transfers ownership: the new owner may delete, the old one stays as admin', async () => {
    expect((await request(app).patch(`/api/v2/organizations/${org}/users/${ids.bob}/transfer-ownership`).set('Authorization', as('bob'))).status).toBe(403);
    expect((await request(app).patch(`/api/v2/organizations/${org}/users/${ids.bob}/transfer-ownership`).set('Authorization', as('alice'))).status).toBe(204);
    const members = await request(app).get(`/api/v2/organizations/${org}/users`).set('Authorization', as('alice'));
    expect(members.body.items.map((m: { role: string }) => m.role)).toEqual(['organization-owner', 'organization-admin']);
    expect(members.body.items[0].user_id).toBe(ids.bob);
    expect((await request(app).delete(`/api/v2/organizations/${org}`).set('Authorization', as('alice'))).status).toBe(403);
  });

  it('denies a non-member every endpoint that takes an id: 404 and none of the data', async () => {
    const invitation = await request(app).post(`/api/v2/organizations/${org}/invitations`).set('Authorization', as('bob')).send({ user_email: `someone${run}@example.org`, role: 'organization-viewer' });
    expect(invitation.status).toBe(201);
    const carol = as('carol');
    const base = `/api/v2/organizations/${org}`;
    const attempts = [
      request(app).get(base).set('Authorization', carol),
      request(app).delete(base).set('Authorization', carol),
      request(app).patch(`${base}/profile`).set('Authorization', carol).send({ name: 'Hijacked' }),
      request(app).get(`${base}/users`).set('Authorization', carol),
      request(app).patch(`${base}/users/${ids.bob}`).set('Authorization', carol).send({ role: 'organization-viewer' }),
      request(app).delete(`${base}/users/${ids.alice}`).set('Authorization', carol),
      request(app).patch(`${base}/users/${ids.alice}/transfer-ownership`).set('Authorization', carol),
      request(app).post(`${base}/invitations`).set('Authorization', carol).send({ user_email: emailOf('carol'), role: 'organization-admin' }),
      request(app).patch(`${base}/invitations/${invitation.body.id}/role`).set('Authorization', carol).send({ role: 'organization-admin' }),
      request(app).delete(`${base}/invitations/${invitation.body.id}`).set('Authorization', carol),
      request(app).get(`${base}/audit`).set('Authorization', carol),
      request(app).patch(`/api/v2/users/invitations/${invitation.body.id}`).set('Authorization', carol),
      request(app).delete(`/api/v2/users/invitations/${invitation.body.id}`).set('Authorization', carol),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      for (const field of ORG_FIELDS) expect(response.body).not.toHaveProperty(field);
    }
    const still = await request(app).get(base).set('Authorization', as('bob'));
    expect(still.body.name).toBe('City of Proofs');
    expect((await request(app).get(`${base}/users`).set('Authorization', as('bob'))).body.total).toBe(2);
  });

  it('a viewer reads but cannot manage (403), and the owner deletes everything', async () => {
    expect((await request(app).patch(`/api/v2/organizations/${org}/users/${ids.alice}`).set('Authorization', as('bob')).send({ role: 'organization-viewer' })).status).toBe(200);
    const viewer = as('alice');
    expect((await request(app).get(`/api/v2/organizations/${org}`).set('Authorization', viewer)).status).toBe(200);
    const denied = await request(app).get(`/api/v2/organizations/${org}/audit`).set('Authorization', viewer);
    expect(denied.status).toBe(403);
    expect((await request(app).delete(`/api/v2/organizations/${org}`).set('Authorization', as('bob'))).status).toBe(204);
    expect((await request(app).get(`/api/v2/organizations/${org}`).set('Authorization', as('bob'))).status).toBe(404);
    expect((await request(app).get('/api/v2/users/organization').set('Authorization', viewer)).status).toBe(404);
  });

  it('lists the plans', async () => {
    const plans = await request(app).get('/api/v2/billing/plans').set('Authorization', as('carol'));
    expect(plans.status).toBe(200);
    expect(plans.body.map((p: { name: string }) => p.name)).toEqual(['goat_starter', 'goat_professional', 'goat_enterprise']);
    expect(plans.body[1]).toMatchObject({ total_projects: 200, total_credits: 20000, total_editors: 10, total_viewers: 50, features: ['scenarios'] });
  });
});
