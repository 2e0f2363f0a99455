import { InMemoryUserRepository } from '../../../../src/contexts/identity/adapters/persistence/in-memory/in-memory-user.repository';
import { AuthenticateRequest } from '../../../../src/contexts/identity/application/authenticate-request.use-case';
import { ProvisionUser } from '../../../../src/contexts/identity/application/provision-user.use-case';
import { RecentlyDeletedAccounts } from '../../../../src/contexts/identity/application/recently-deleted-accounts';
import type { SessionSignIn } from '../../../../src/contexts/identity/domain/session-sign-in';
import type { AccessTokenVerifier } from '../../../../src/contexts/identity/ports/access-token-verifier.port';
import { DomainError } from '../../../../src/shared-kernel/domain-error';
import type { Principal } from '../../../../src/shared-kernel/principal';
import { FixedClock, PrincipalMother, RecordingHomeFolders } from './identity-fixtures';

const FRONTEND = 'https://goat.example.org';
const CSRF = 'c'.repeat(43);

/** Accepts exactly the token "good" as Mira. */
const verifier: AccessTokenVerifier = {
  verify: async (token) => {
    if (token !== 'good') throw new DomainError('identity.token-invalid', 'unauthenticated', 'bad');
    return PrincipalMother.mira();
  },
};

describe('authenticating a request', () => {
  let users: InMemoryUserRepository;
  let deleted: RecentlyDeletedAccounts;
  let authenticator: AuthenticateRequest;
  const session: SessionSignIn = { principal: PrincipalMother.mira({ id: 'from-session' }), csrfToken: CSRF, idToken: null };

  beforeEach(() => {
    const clock = new FixedClock();
    users = new InMemoryUserRepository();
    deleted = new RecentlyDeletedAccounts(clock);
    authenticator = new AuthenticateRequest(verifier, new ProvisionUser(users, new RecordingHomeFolders(), clock), deleted, [FRONTEND]);
  });

  const codeOf = async (promise: Promise<Principal>) => (await promise.then(() => null, (error: DomainError) => error))?.code;

  it('takes a valid Bearer token and provisions its user', async () => {
    expect((await authenticator.authenticate({ authorization: 'Bearer good' })).id).toBe(PrincipalMother.mira().id);
    expect(await users.byId(PrincipalMother.mira().id)).not.toBeNull();
  });

  it('prefers the Bearer token over a session', async () => {
    expect((await authenticator.authenticate({ authorization: 'Bearer good', session, method: 'DELETE' })).id).toBe(PrincipalMother.mira().id);
  });

  it('takes a session for reads without CSRF proof', async () => {
    expect((await authenticator.authenticate({ session, method: 'GET' })).id).toBe('from-session');
  });

  it('takes a session for writes only from an allowed Origin with the session\'s CSRF token', async () => {
    expect((await authenticator.authenticate({ session, method: 'PATCH', origin: FRONTEND, csrfToken: CSRF })).id).toBe('from-session');
    expect(await codeOf(authenticator.authenticate({ session, method: 'PATCH', origin: FRONTEND }))).toBe('identity.csrf-rejected');
    expect(await codeOf(authenticator.authenticate({ session, method: 'PATCH', origin: 'https://evil.example', csrfToken: CSRF }))).toBe('identity.csrf-rejected');
    expect(await codeOf(authenticator.authenticate({ session, method: 'POST', csrfToken: CSRF }))).toBe('identity.csrf-rejected');
    expect(await codeOf(authenticator.authenticate({ session, method: 'DELETE', origin: FRONTEND, csrfToken: 'd'.repeat(43) }))).toBe('identity.csrf-rejected');
  });

  it('refuses a session that is not a sign-in', async () => {
    expect(await codeOf(authenticator.authenticate({ session: { principal: { id: 42 } }, method: 'GET' }))).toBe('identity.session-invalid');
  });

  it('refuses without credentials', async () => {
    expect(await codeOf(authenticator.authenticate({}))).toBe('identity.unauthenticated');
  });

  it('refuses a deleted account\'s still-valid token instead of provisioning it again', async () => {
    deleted.remember(PrincipalMother.mira().id);
    expect(await codeOf(authenticator.authenticate({ authorization: 'Bearer good' }))).toBe('identity.account-deleted');
    expect(await users.byId(PrincipalMother.mira().id)).toBeNull();
  });
});
