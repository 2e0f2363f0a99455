import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import type { App } from '../../../../src/platform/app';
import { buildTestApp } from '../../../support/test-app';
import { testDatabaseUrl } from '../../../support/test-database';
import { OidcTestProvider } from '../../../support/oidc/oidc-test-provider';
import { tracesOf } from './traces-of-user';

const FRONTEND = 'http://localhost:3000';
const CALLBACK = 'http://127.0.0.1:8080/auth/callback';
const API_CLIENT = { clientId: 'goat-api', clientSecret: 'goat-api-secret-for-tests-only-0123', redirectUris: [CALLBACK], postLogoutRedirectUris: [`${FRONTEND}/`], tokenEndpointAuthMethod: 'client_secret_post' as const };

const webSignInEnv = (issuer: string, nodeEnv = 'development') => ({
  NODE_ENV: nodeEnv,
  OIDC_ISSUER_URL: issuer,
  OIDC_CLIENT_ID: API_CLIENT.clientId,
  OIDC_CLIENT_SECRET: API_CLIENT.clientSecret,
  OIDC_REDIRECT_URL: CALLBACK,
  SESSION_SECRET: 'a-session-secret-for-tests-only',
  CORS_ORIGINS: FRONTEND,
});

async function sessionRowsOf(userId: string): Promise<number> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const result = await client.query(`SELECT 1 FROM identity.session WHERE sess::text LIKE '%' || $1 || '%'`, [userId]);
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

describe('browser sign-in (authorization code flow, sessions in PostgreSQL)', () => {
  let provider: OidcTestProvider;
  let app: App;

  beforeAll(async () => {
    provider = await OidcTestProvider.start({ clients: [API_CLIENT] });
    app = buildTestApp({ database: true, env: webSignInEnv(provider.issuer) });
  });
  afterAll(async () => {
    await app.close();
    await provider.stop();
  });

  /** login -> provider (login, consent) -> callback: an agent holding a signed-in session. */
  async function signIn(userId: string, returnTo = `${FRONTEND}/projects`) {
    const agent = request.agent(app.express);
    const login = await agent.get(`/auth/login?return_to=${encodeURIComponent(returnTo)}`);
    expect(login.status).toBe(302);
    const authorization = new URL(login.headers.location);
    expect(authorization.href.startsWith(`${provider.issuer}/auth`)).toBe(true);
    expect(authorization.searchParams.get('state')).toEqual(expect.any(String));
    expect(authorization.searchParams.get('nonce')).toEqual(expect.any(String));
    expect(authorization.searchParams.get('redirect_uri')).toBe(CALLBACK);
    const callback = await provider.authorize(authorization.href, userId);
    expect(callback.origin + callback.pathname).toBe(CALLBACK);
    const landed = await agent.get(callback.pathname + callback.search);
    expect(landed.status).toBe(303);
    expect(landed.headers.location).toBe(returnTo);
    const cookie = (landed.headers['set-cookie'] as unknown as string[]).find((value) => value.startsWith('goat.sid='));
    return { agent, cookie: cookie ?? '' };
  }

  it('signs in, calls the API with the session, and signs out at the provider', async () => {
    const user = provider.addUser({ id: randomUUID(), email: 'lena@example.org', givenName: 'Lena', familyName: 'Verkehr', roles: ['superuser'] });
    const { agent, cookie } = await signIn(user.id);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const profile = await agent.get('/api/v2/users/profile');
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ id: user.id, email: 'lena@example.org', firstname: 'Lena', lastname: 'Verkehr' });
    const folders = await agent.get('/api/v2/folder');
    expect(folders.body.items).toEqual([expect.objectContaining({ name: 'home' })]);
    expect(await sessionRowsOf(user.id)).toBe(1);

    const session = await agent.get('/auth/session');
    expect(session.body).toMatchObject({ user: { id: user.id }, csrf_token: expect.any(String) });
    const csrf = session.body.csrf_token as string;

    const withoutToken = await agent.put('/api/v2/system/settings').set('Origin', FRONTEND).send({ client_theme: 'dark' });
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.code).toBe('identity.csrf-rejected');
    const foreignOrigin = await agent.put('/api/v2/system/settings').set('Origin', 'https://evil.example').set('X-CSRF-Token', csrf).send({ client_theme: 'dark' });
    expect(foreignOrigin.status).toBe(403);
    const allowed = await agent.put('/api/v2/system/settings').set('Origin', FRONTEND).set('X-CSRF-Token', csrf).send({ client_theme: 'dark' });
    expect(allowed.status).toBe(200);

    expect((await agent.post('/auth/logout').set('Origin', FRONTEND)).status).toBe(403);
    const logout = await agent.post(`/auth/logout?return_to=${encodeURIComponent(`${FRONTEND}/`)}`).set('Origin', FRONTEND).set('X-CSRF-Token', csrf);
    expect(logout.status).toBe(303);
    const endSession = new URL(logout.headers.location);
    expect(endSession.href.startsWith(`${provider.issuer}/session/end`)).toBe(true);
    expect(endSession.searchParams.get('id_token_hint')).toEqual(expect.any(String));
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${FRONTEND}/`);
    expect((await provider.endSession(endSession.href)).href).toBe(`${FRONTEND}/`);

    const after = await agent.get('/api/v2/users/profile');
    expect(after.status).toBe(401);
    expect(await sessionRowsOf(user.id)).toBe(0);
  });

  it('deletes the account from a browser session and leaves nothing behind, session included', async () => {
    const user = provider.addUser({ id: randomUUID() });
    const { agent } = await signIn(user.id, '/');
    const csrf = (await agent.get('/auth/session')).body.csrf_token as string;
    expect((await agent.get('/api/v2/users/profile')).status).toBe(200);
    expect(await tracesOf(user.id)).toContain('identity.session.sess');
    const deleted = await agent.delete('/api/v2/users').set('Origin', FRONTEND).set('X-CSRF-Token', csrf);
    expect(deleted.status).toBe(204);
    expect(await tracesOf(user.id)).toEqual([]);
    expect((await agent.get('/api/v2/users/profile')).status).toBe(401);
  });

  it('answers a callback with a forged state with 401, not 403', async () => {
    const agent = request.agent(app.express);
    const login = await agent.get('/auth/login');
    provider.addUser({ id: 'eve' });
    const callback = await provider.authorize(login.headers.location, 'eve');
    callback.searchParams.set('state', 'forged-state');
    const response = await agent.get(callback.pathname + callback.search);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('identity.sign-in-failed');
  });

  it('answers a callback without a sign-in in progress with 401', async () => {
    const response = await request(app.express).get('/auth/callback?code=abc&state=def');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('identity.sign-in-failed');
  });

  it('does not redirect to foreign sites after sign-in', async () => {
    const agent = request.agent(app.express);
    await agent.get(`/auth/login?return_to=${encodeURIComponent('https://evil.example/')}`);
    provider.addUser({ id: 'otto' });
    const login = await agent.get(`/auth/login?return_to=${encodeURIComponent('https://evil.example/')}`);
    const callback = await provider.authorize(login.headers.location, 'otto');
    const landed = await agent.get(callback.pathname + callback.search);
    expect(landed.headers.location).toBe(`${FRONTEND}/`);
  });
});

describe('the session cookie outside development', () => {
  it('is Secure', async () => {
    const provider = await OidcTestProvider.start({ clients: [API_CLIENT] });
    try {
      const app = buildTestApp({ env: webSignInEnv(provider.issuer, 'test') });
      const login = await request(app.express).get('/auth/login').set('X-Forwarded-Proto', 'https');
      expect(login.status).toBe(302);
      expect(String(login.headers['set-cookie'])).toMatch(/goat\.sid=.*; Secure/);
    } finally {
      await provider.stop();
    }
  });
});
