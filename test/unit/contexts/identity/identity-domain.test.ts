import { readAuthorizationHeader } from '../../../../src/contexts/identity/domain/bearer-credentials';
import { passesCsrfCheck } from '../../../../src/contexts/identity/domain/csrf';
import { principalFromClaims } from '../../../../src/contexts/identity/domain/principal-claims';
import { readSessionSignIn } from '../../../../src/contexts/identity/domain/session-sign-in';
import { safeReturnAddress } from '../../../../src/contexts/identity/adapters/web-sign-in/return-address';
import { isSuperuser } from '../../../../src/shared-kernel/principal';
import { DomainError } from '../../../../src/shared-kernel/domain-error';

describe('Keycloak claims as a Principal', () => {
  it('reads Keycloak\'s claims, realm roles included; the superuser role marks an administrator', () => {
    const principal = principalFromClaims({
      sub: 'f3c1a7e2',
      email: 'ada@example.org',
      given_name: 'Ada',
      family_name: 'Lovelace',
      preferred_username: 'ada',
      realm_access: { roles: ['superuser', 42, 'offline_access'] },
    });
    expect(principal).toEqual({ id: 'f3c1a7e2', email: 'ada@example.org', givenName: 'Ada', familyName: 'Lovelace', username: 'ada', realmRoles: ['superuser', 'offline_access'] });
    expect(isSuperuser(principal!)).toBe(true);
    expect(isSuperuser(principalFromClaims({ sub: 'x' })!)).toBe(false);
  });

  it('takes no e-mail the provider has not verified (invitations are matched by e-mail)', () => {
    expect(principalFromClaims({ sub: 'x', email: 'victim@example.org', email_verified: false })!.email).toBeNull();
    expect(principalFromClaims({ sub: 'x', email: 'me@example.org', email_verified: true })!.email).toBe('me@example.org');
  });

  it('has no principal without a subject', () => {
    expect(principalFromClaims({ email: 'a@b.c' })).toBeNull();
    expect(principalFromClaims({ sub: '' })).toBeNull();
    expect(principalFromClaims({ sub: 7 })).toBeNull();
  });
});

describe('the Authorization header', () => {
  it('is absent, a Bearer token, or malformed', () => {
    expect(readAuthorizationHeader(undefined)).toEqual({ kind: 'absent' });
    expect(readAuthorizationHeader('Bearer abc.def-ghi_jkl')).toEqual({ kind: 'bearer', token: 'abc.def-ghi_jkl' });
    expect(readAuthorizationHeader('bearer abc')).toEqual({ kind: 'bearer', token: 'abc' });
    for (const header of ['Bearer', 'Bearer a b', 'Basic YWxpY2U6cw==', 'Bearer <script>']) {
      expect((readAuthorizationHeader(header) as DomainError).code).toBe('identity.authorization-malformed');
    }
  });
});

describe('CSRF check for cookie-authenticated requests', () => {
  const token = 't'.repeat(43);
  it('lets reads through and demands Origin and token for writes', () => {
    expect(passesCsrfCheck({ method: 'GET' }, token, [])).toBe(true);
    expect(passesCsrfCheck({ method: 'PUT', origin: 'https://app.example', csrfToken: token }, token, ['https://app.example'])).toBe(true);
    expect(passesCsrfCheck({ method: 'PUT', origin: 'https://app.example', csrfToken: token.slice(1) }, token, ['https://app.example'])).toBe(false);
    expect(passesCsrfCheck({ method: 'PUT', origin: 'null', csrfToken: token }, token, ['https://app.example'])).toBe(false);
  });
});

describe('the session\'s sign-in', () => {
  it('is read back only when it has today\'s shape', () => {
    const stored = { principal: { id: 'u1', email: null, givenName: 'A', familyName: null, username: null, realmRoles: ['superuser'] }, csrfToken: 'x'.repeat(32), idToken: 'id.token.sig' };
    expect(readSessionSignIn(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(readSessionSignIn({ ...stored, csrfToken: 'short' })).toBeNull();
    expect(readSessionSignIn({ ...stored, principal: { ...stored.principal, realmRoles: 'superuser' } })).toBeNull();
    expect(readSessionSignIn('u1')).toBeNull();
  });
});

describe('return addresses after sign-in', () => {
  const allowed = ['https://goat.example.org'];
  it('allows local paths and pages of allowed origins only', () => {
    expect(safeReturnAddress('/projects/1', allowed, '/')).toBe('/projects/1');
    expect(safeReturnAddress('https://goat.example.org/home', allowed, '/')).toBe('https://goat.example.org/home');
    for (const open of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', 42]) {
      expect(safeReturnAddress(open, allowed, '/')).toBe('/');
    }
  });
});
