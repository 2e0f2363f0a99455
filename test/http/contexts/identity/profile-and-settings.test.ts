import request from 'supertest';
import { DEVELOPMENT_USER } from '../../../../src/contexts/identity';
import type { App } from '../../../../src/platform/app';
import { buildTestApp } from '../../../support/test-app';
import { OidcTestProvider } from '../../../support/oidc/oidc-test-provider';

describe('profile and system settings (development identity)', () => {
  let app: App;
  beforeEach(() => {
    app = buildTestApp();
  });

  it('shows the development user\'s profile, provisioned on first sight', async () => {
    const response = await request(app.express).get('/api/v2/users/profile');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: DEVELOPMENT_USER.id,
      email: 'developer@localhost',
      firstname: 'Local',
      lastname: 'Developer',
      avatar: null,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
  });

  it('changes names and avatar with PATCH, and clears the avatar with null', async () => {
    const patched = await request(app.express).patch('/api/v2/users/profile').send({ firstname: ' Grace ', avatar: 'https://cdn.example.org/grace.png' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ firstname: 'Grace', lastname: 'Developer', avatar: 'https://cdn.example.org/grace.png' });
    expect((await request(app.express).get('/api/v2/users/profile')).body).toMatchObject({ firstname: 'Grace', avatar: 'https://cdn.example.org/grace.png' });
    expect((await request(app.express).patch('/api/v2/users/profile').send({ avatar: null })).body.avatar).toBeNull();
  });

  it('refuses an avatar that is not an http(s) URL and an over-long name with 422', async () => {
    const response = await request(app.express).patch('/api/v2/users/profile').send({ avatar: 'javascript:alert(1)', lastname: 'x'.repeat(256) });
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/body/avatar', '/body/lastname']);
  });

  it('answers default settings, changes the ones sent with PUT and keeps the others', async () => {
    expect((await request(app.express).get('/api/v2/system/settings')).body).toEqual({ client_theme: 'light', preferred_language: 'en', unit: 'metric' });
    const put = await request(app.express).put('/api/v2/system/settings').send({ client_theme: 'dark', preferred_language: 'de' });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ client_theme: 'dark', preferred_language: 'de', unit: 'metric' });
    await request(app.express).put('/api/v2/system/settings').send({ unit: 'imperial' });
    expect((await request(app.express).get('/api/v2/system/settings')).body).toEqual({ client_theme: 'dark', preferred_language: 'de', unit: 'imperial' });
  });

  it('refuses unknown setting values with 422', async () => {
    const response = await request(app.express).put('/api/v2/system/settings').send({ unit: 'nautical', preferred_language: 'fr' });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/body/preferred_language', '/body/unit']);
  });

  it('describes the operations in the OpenAPI document', async () => {
    const paths = (await request(app.express).get('/api/v2/openapi.json')).body.paths;
    expect(Object.keys(paths['/api/v2/users/profile'])).toEqual(['get', 'patch']);
    expect(Object.keys(paths['/api/v2/users'])).toEqual(['delete']);
    expect(Object.keys(paths['/api/v2/system/settings'])).toEqual(['get', 'put']);
  });

  it('has no browser sign-in without an identity provider (404)', async () => {
    expect((await request(app.express).get('/auth/login')).status).toBe(404);
  });
});

describe('profile fields and the identity provider\'s token', () => {
  let provider: OidcTestProvider;
  let app: App;
  const subject = 'c5a0e7d4-1f0b-4a5e-8b7c-6d9e0f1a2b3c';

  beforeAll(async () => {
    provider = await OidcTestProvider.start();
    provider.addUser({ id: subject, email: 'jo@example.org', givenName: 'Jo', familyName: 'Planer' });
    app = buildTestApp({ env: { OIDC_ISSUER_URL: provider.issuer } });
  });
  afterAll(() => provider.stop());

  const bearer = async (claims: Record<string, unknown> = {}) => `Bearer ${await provider.signToken({ ...provider.claimsOf(subject), ...claims })}`;

  it('keeps what the user set, fills empty names from the token and follows a changed e-mail', async () => {
    const patched = await request(app.express).patch('/api/v2/users/profile').set('Authorization', await bearer()).send({ firstname: 'Johanna', lastname: null });
    expect(patched.body).toMatchObject({ firstname: 'Johanna', lastname: null, email: 'jo@example.org' });
    const later = await request(app.express)
      .get('/api/v2/users/profile')
      .set('Authorization', await bearer({ given_name: 'J.', family_name: 'Planer-Neu', email: 'johanna@example.org' }));
    expect(later.body).toMatchObject({ firstname: 'Johanna', lastname: 'Planer-Neu', email: 'johanna@example.org' });
  });

  it('keeps browser sign-in off without the client settings: its routes answer 404 while Bearer tokens work', async () => {
    expect((await request(app.express).get('/auth/login')).status).toBe(404);
    expect((await request(app.express).post('/auth/logout')).status).toBe(404);
    expect((await request(app.express).get('/api/v2/system/settings').set('Authorization', await bearer())).status).toBe(200);
  });
});
