import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { JwtAccessTokenVerifier } from '../../../../src/contexts/identity/adapters/oidc/jwt-access-token-verifier';
import { SigningKeys } from '../../../../src/contexts/identity/adapters/oidc/signing-keys';
import { DomainError } from '../../../../src/shared-kernel/domain-error';
import { FixedClock } from './identity-fixtures';

const ISSUER = 'https://auth.example.org/realms/goat';

async function keyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256' } as JWK };
}

describe('the provider\'s signing keys', () => {
  let clock: FixedClock;
  let published: JWK[];
  let fetches: number;
  let reachable: boolean;
  let verifier: JwtAccessTokenVerifier;

  const fetchJson = async () => {
    fetches++;
    if (!reachable) throw new Error('connect ECONNREFUSED');
    return { keys: published };
  };
  const tokenFor = async (key: { kid: string; privateKey: CryptoKey }) => {
    const now = Math.floor(clock.now().getTime() / 1000);
    return new SignJWT({ iss: ISSUER, sub: 'u1', aud: 'goat-api', exp: now + 300, iat: now }).setProtectedHeader({ alg: 'ES256', kid: key.kid }).sign(key.privateKey);
  };
  const outcome = (token: string) => verifier.verify(token).then((principal) => principal.id, (error: DomainError) => error.code);

  beforeEach(() => {
    clock = new FixedClock(new Date());
    fetches = 0;
    reachable = true;
    const keys = new SigningKeys(async () => `${ISSUER}/protocol/openid-connect/certs`, fetchJson, clock);
    verifier = new JwtAccessTokenVerifier(ISSUER, 'goat-api', keys, clock);
  });

  it('fetches the keys once and then serves from the cache', async () => {
    const key = await keyPair('k1');
    published = [key.jwk];
    for (let i = 0; i < 5; i++) expect(await outcome(await tokenFor(key))).toBe('u1');
    expect(fetches).toBe(1);
  });

  it('refetches for an unknown kid at most once per minute', async () => {
    const known = await keyPair('k1');
    published = [known.jwk];
    expect(await outcome(await tokenFor(known))).toBe('u1');
    const stranger = await keyPair('forged');
    clock.advance(61);
    for (let i = 0; i < 10; i++) expect(await outcome(await tokenFor(stranger))).toBe('identity.token-invalid');
    expect(fetches).toBe(2);
    clock.advance(61);
    expect(await outcome(await tokenFor(stranger))).toBe('identity.token-invalid');
    expect(fetches).toBe(3);
  });

  it('picks up a rotated key on its first use once the cooldown has passed', async () => {
    const old = await keyPair('k1');
    published = [old.jwk];
    expect(await outcome(await tokenFor(old))).toBe('u1');
    const fresh = await keyPair('k2');
    published = [fresh.jwk, old.jwk];
    clock.advance(61);
    expect(await outcome(await tokenFor(fresh))).toBe('u1');
  });

  it('is unavailable (503), not unauthenticated, when the provider cannot be reached for a key it lacks', async () => {
    const key = await keyPair('k1');
    published = [key.jwk];
    reachable = false;
    expect(await outcome(await tokenFor(key))).toBe('identity.provider-unavailable');
  });

  it('keeps serving cached keys past their age while the provider is away', async () => {
    const key = await keyPair('k1');
    published = [key.jwk];
    expect(await outcome(await tokenFor(key))).toBe('u1');
    reachable = false;
    clock.advance(3600);
    expect(await outcome(await tokenFor(key))).toBe('u1');
  });
});
