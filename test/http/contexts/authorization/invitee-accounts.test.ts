import request from 'supertest';
import { IDENTITY_PROVIDER_ADMIN, type IdentityProviderAdmin } from '../../../../src/contexts/identity';
import { buildTestApp, userToken } from '../../../support/test-app';

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('an invitation to an unknown address creates an identity-provider account (%s)', (_name, database) => {
  const built = buildTestApp({ testUsers: true, database });
  const app = built.express;
  afterAll(() => built.close());
  const run = `${Date.now()}${database ? 'db' : 'mem'}`;
  const owner = userToken(`owner-invitee-${run}`);
  const admin = () => built.container.resolve<IdentityProviderAdmin>(IDENTITY_PROVIDER_ADMIN);

  it('creates the invitee in the provider once; a second invitation finds the account', async () => {
    const email = `newcomer-${run}@example.org`;
    const org = await request(app).post('/api/v2/organizations').set('Authorization', owner).send({ name: `Transit ${run}` });
    expect(org.status).toBe(201);
    expect(await admin().findByEmail(email)).toBeNull();

    const invited = await request(app).post(`/api/v2/organizations/${org.body.id}/invitations`).set('Authorization', owner).send({ user_email: email, role: 'organization-viewer' });
    expect(invited.status).toBe(201);
    const account = await admin().findByEmail(email);
    expect(account).toMatchObject({ email });

    await request(app).delete(`/api/v2/organizations/${org.body.id}/invitations/${invited.body.id}`).set('Authorization', owner);
    const again = await request(app).post(`/api/v2/organizations/${org.body.id}/invitations`).set('Authorization', owner).send({ user_email: email, role: 'organization-viewer' });
    expect(again.status).toBe(201);
    expect(await admin().findByEmail(email)).toEqual(account);
  });
});
