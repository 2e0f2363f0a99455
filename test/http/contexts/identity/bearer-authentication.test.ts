import { createPublicKey, randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import request from 'supertest';
import type { App } from '../../../../src/platform/app';
import { CLOCK } from '../../../../src/shared-kernel/clock';
import { buildTestApp } from '../../../support/test-app';
import { OidcTestProvider } from '../../../support/oidc/oidc-test-provider';
import { ShiftedClock } from './shifted-clock';

const PROFILE = '/api/v2/users/profile';
const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('Bearer access tokens from the identity provider', () => {
  let provider: OidcTestProvider;
  let app: App;
  let clock: ShiftedClock;

  beforeAll(async () => {
    provider = await OidcTestProvider.start();
    provider.addUser({ id: 'f3c1a7e2-5d5b-4d55-9a57-1c2b3d4e5f60', email: 'mira@example.org', givenName: 'Mira', familyName: 'Stadt' });
    provider.addUser({ id: 'admin-1', roles: ['superuser', 'offline_access'] });
  });
  afterAll(() => provider.stop());

  beforeEach(() => {
    clock = new ShiftedClock();
    app = buildTestApp({ env: { OIDC_ISSUER_URL: provider.issuer }, overrides: (container) => container.register(CLOCK, { useValue: clock }) });
  });

  const get = (authorization?: string) => {
    const call = request(app.express).get(PROFILE);
    return authorization === undefined ? call : call.set('Authorization', authorization);
  };

  const expectRefused = (response: request.Response, code: string, error: 'invalid_token' | 'invalid_request' | null) => {
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, code });
    expect(response.body.detail).toEqual(expect.any(String));
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    const challenge = response.headers['www-authenticate'];
    expect(challenge).toMatch(/^Bearer realm="goat"/);
    if (error) expect(challenge).toContain(`error="${error}"`);
    else expect(challenge).not.toContain('error=');
  };

  describe('a token the provider issued', () => {
    it('opens the profile and provisions the user with a home folder', async () => {
      const token = await provider.issueAccessToken('f3c1a7e2-5d5b-4d55-9a57-1c2b3d4e5f60');
      const profile = await get(`Bearer ${token}`);
      expect(profile.status).toBe(200);
      expect(profile.body).toMatchObject({ id: 'f3c1a7e2-5d5b-4d55-9a57-1c2b3d4e5f60', email: 'mira@example.org', firstname: 'Mira', lastname: 'Stadt', avatar: null });
      const folders = await request(app.express).get('/api/v2/folder').set('Authorization', `Bearer ${token}`);
      expect(folders.status).toBe(200);
      expect(folders.body.items).toEqual([expect.objectContaining({ name: 'home', user_id: 'f3c1a7e2-5d5b-4d55-9a57-1c2b3d4e5f60' })]);
    });

    it('is accepted when the API is named in azp rather than aud (Keycloak tokens of the API client)', async () => {
      const token = await provider.signToken({ ...provider.claimsOf('admin-1', 'goat-api'), aud: 'account' });
      expect((await get(`Bearer ${token}`)).status).toBe(200);
    });

    it('is accepted up to a minute after it expired (clock skew)', async () => {
      const token = await provider.signToken({ ...provider.claimsOf('admin-1'), exp: now() - 30 });
      expect((await get(`Bearer ${token}`)).status).toBe(200);
    });
  });

  describe('refuses with 401 problem+json and WWW-Authenticate', () => {
    it('a request without Authorization header', async () => {
      expectRefused(await get(), 'identity.unauthenticated', null);
    });

    it.each([['Bearer'], ['Bearer two tokens'], ['bearer\ttoken'], ['Token abc']])('a malformed header (%s)', async (header) => {
      expectRefused(await get(header), 'identity.authorization-malformed', 'invalid_request');
    });

    it('the Basic scheme', async () => {
      expectRefused(await get(`Basic ${Buffer.from('alice:secret').toString('base64')}`), 'identity.authorization-malformed', 'invalid_request');
    });

    it('an unsigned token (alg: none)', async () => {
      const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(provider.claimsOf('admin-1'))}.`;
      const response = await get(`Bearer ${token}`);
      expectRefused(response, 'identity.token-invalid', 'invalid_token');
      expect(response.body.detail).toMatch(/algorithm/);
    });

    it('an HS256 token signed with the provider\'s public key as the secret', async () => {
      const jwk = provider.publicJwks().keys[0];
      const pem = createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
      const token = await new SignJWT(provider.claimsOf('admin-1'))
        .setProtectedHeader({ alg: 'HS256', kid: jwk.kid })
        .sign(new TextEncoder().encode(String(pem)));
      const response = await get(`Bearer ${token}`);
      expectRefused(response, 'identity.token-invalid', 'invalid_token');
      expect(response.body.detail).toMatch(/algorithm/);
    });

    it('an expired token', async () => {
      const token = await provider.signToken({ ...provider.claimsOf('admin-1'), iat: now() - 900, exp: now() - 120 });
      expectRefused(await get(`Bearer ${token}`), 'identity.token-expired', 'invalid_token');
    });

    it('a token not valid yet (nbf in the future)', async () => {
      const token = await provider.signToken({ ...provider.claimsOf('admin-1'), nbf: now() + 600 });
      const response = await get(`Bearer ${token}`);
      expectRefused(response, 'identity.token-invalid', 'invalid_token');
      expect(response.body.detail).toMatch(/not valid yet/);
    });

    it('a token of another realm (issuer)', async () => {
      const token = await provider.signToken({ ...provider.claimsOf('admin-1'), iss: `${provider.origin}/realms/other` });
      const response = await get(`Bearer ${token}`);
      expectRefused(response, 'identity.token-invalid', 'invalid_token');
      expect(response.body.detail).toMatch(/issuer/);
    });

    it('a token for another audience', async () => {
      const token = await provider.signToken({ ...provider.claimsOf('admin-1', 'other-client'), aud: ['account', 'other-api'] });
      const response = await get(`Bearer ${token}`);
      expectRefused(response, 'identity.token-invalid', 'invalid_token');
      expect(response.body.detail).toMatch(/audience/);
    });

    it('a token signed with a key the provider does not publish (unknown kid)', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      const token = await new SignJWT(provider.claimsOf('admin-1')).setProtectedHeader({ alg: 'RS256', kid: randomUUID() }).sign(privateKey);
      const response = await get(`Bearer ${token}`);
      expectRefused(response, 'identity.token-invalid', 'invalid_token');
      expect(response.body.detail).toMatch(/key/);
    });

    it('a forged token naming the provider\'s kid but signed with another key', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      const token = await new SignJWT(provider.claimsOf('admin-1')).setProtectedHeader({ alg: 'RS256', kid: provider.currentKid }).sign(privateKey);
      expectRefused(await get(`Bearer ${token}`), 'identity.token-invalid', 'invalid_token');
    });

    it('a token whose payload was tampered with', async () => {
      const [header, , signature] = (await provider.issueAccessToken('admin-1')).split('.');
      const tampered = `${header}.${base64url({ ...provider.claimsOf('admin-1'), sub: 'f3c1a7e2-5d5b-4d55-9a57-1c2b3d4e5f60' })}.${signature}`;
      const response = await get(`Bearer ${tampered}`);
      expectRefused(response, 'identity.token-invalid', 'invalid_token');
      expect(response.body.detail).toMatch(/signature/);
    });

    it.each([['garbage'], ['a.b.c'], [`${base64url({ alg: 'RS256' })}.bm90IGpzb24.c2ln`]])('garbage (%s)', async (token) => {
      expectRefused(await get(`Bearer ${token}`), 'identity.token-invalid', 'invalid_token');
    });

    it('a token without a subject', async () => {
      const { sub: _sub, ...claims } = provider.claimsOf('admin-1');
      expectRefused(await get(`Bearer ${await provider.signToken(claims)}`), 'identity.token-invalid', 'invalid_token');
    });
  });

  describe('the provider\'s keys', () => {
    it('picks up a rotated key without restart (after the refetch cooldown)', async () => {
      expect((await get(`Bearer ${await provider.issueAccessToken('admin-1')}`)).status).toBe(200);
      await provider.rotateKeys({ dropOld: true });
      const rotated = await provider.issueAccessToken('admin-1');
      clock.advance(61);
      expect((await get(`Bearer ${rotated}`)).status).toBe(200);
    });

    it('serves tokens whose key is cached while the provider is down, 503 for the others, and /readyz says so', async () => {
      const cached = await provider.issueAccessToken('admin-1');
      expect((await get(`Bearer ${cached}`)).status).toBe(200);
      await provider.stop();
      try {
        expect((await get(`Bearer ${cached}`)).status).toBe(200);
        await provider.rotateKeys();
        const uncached = await provider.signToken(provider.claimsOf('admin-1'));
        clock.advance(61);
        const refused = await get(`Bearer ${uncached}`);
        expect(refused.status).toBe(503);
        expect(refused.body).toMatchObject({ code: 'identity.provider-unavailable' });
        const ready = await request(app.express).get('/readyz');
        expect(ready.status).toBe(503);
        expect(ready.body.failing).toContain('identity-provider');
      } finally {
        await provider.resume();
      }
      expect((await request(app.express).get('/readyz')).status).toBe(200);
    });
  });
});
