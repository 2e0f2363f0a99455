import { DomainError } from '../../../shared-kernel/domain-error';
import type { Principal } from '../../../shared-kernel/principal';
import { readAuthorizationHeader } from '../domain/bearer-credentials';
import { passesCsrfCheck } from '../domain/csrf';
import { IdentityErrors } from '../domain/identity.errors';
import { readSessionSignIn } from '../domain/session-sign-in';
import type { AccessTokenVerifier } from '../ports/access-token-verifier.port';
import type { Authenticator, Credentials } from '../ports/authenticator.port';
import type { ProvisionUser } from './provision-user.use-case';
import type { RecentlyDeletedAccounts } from './recently-deleted-accounts';

/**
 * Who is calling: a Bearer access token (what the frontend sends) wins; otherwise the browser
 * session of the web sign-in, whose writes need CSRF proof. Either way the same Principal results,
 * and the user is provisioned on first sight.
 */
export class AuthenticateRequest implements Authenticator {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly provisionUser: ProvisionUser,
    private readonly deletedAccounts: RecentlyDeletedAccounts,
    private readonly allowedOrigins: readonly string[],
  ) {}

  async authenticate(credentials: Credentials): Promise<Principal> {
    const principal = await this.principalOf(credentials);
    if (this.deletedAccounts.includes(principal.id)) throw IdentityErrors.accountDeleted();
    await this.provisionUser.execute(principal);
    return principal;
  }

  private async principalOf(credentials: Credentials): Promise<Principal> {
    const header = readAuthorizationHeader(credentials.authorization);
    if (header instanceof DomainError) throw header;
    if (header.kind === 'bearer') return this.verifier.verify(header.token);
    if (credentials.session === undefined || credentials.session === null) throw IdentityErrors.credentialsMissing();
    const signIn = readSessionSignIn(credentials.session);
    if (!signIn) throw IdentityErrors.sessionInvalid();
    const request = { method: credentials.method ?? 'GET', origin: credentials.origin, csrfToken: credentials.csrfToken };
    if (!passesCsrfCheck(request, signIn.csrfToken, this.allowedOrigins)) throw IdentityErrors.csrfRejected();
    return signIn.principal;
  }
}
