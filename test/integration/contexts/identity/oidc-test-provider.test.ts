import { decodeJwt, decodeProtectedHeader } from 'jose';
import { API_AUDIENCE, OidcTestProvider } from '../../../support/oidc/oidc-test-provider';

describe('the OpenID test provider (stand-in for Keycloak)', () => {
  let provider: OidcTestProvider;

  beforeAll(async () => {
    provider = await OidcTestProvider.start();
    provider.addUser({ id: 'a1b2c3', email: 'ada@example.org', givenName: 'Ada', familyName: 'Lovelace', roles: ['superuser'] });
  });
  afterAll(() => provider.stop());

  it('publishes discovery under /realms/goat and its keys', async () => {
    const discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(discovery.issuer).toBe(provider.issuer);
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((key) => key.kid)).toEqual([provider.currentKid]);
    expect(discovery.end_session_endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/realms\/goat\//);
  });

  it('issues JWT access tokens with Keycloak claims through the authorization code flow', async () => {
    const token = await provider.issueAccessToken('a1b2c3');
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', kid: provider.currentKid });
    expect(decodeJwt(token)).toMatchObject({
      iss: provider.issuer,
      sub: 'a1b2c3',
      aud: API_AUDIENCE,
      azp: 'goat-test-client',
      email: 'ada@example.org',
      given_name: 'Ada',
      family_name: 'Lovelace',
      realm_access: { roles: ['superuser'] },
    });
  });

  it('signs with a new key after rotation and keeps publishing the old one', async () => {
    const before = provider.currentKid;
    await provider.rotateKeys();
    const token = await provider.issueAccessToken('a1b2c3');
    expect(decodeProtectedHeader(token).kid).toBe(provider.currentKid);
    expect(provider.currentKid).not.toBe(before);
    const jwks = (await (await fetch(`${provider.issuer}/jwks`)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((key) => key.kid)).toEqual([provider.currentKid, before]);
  });
});
