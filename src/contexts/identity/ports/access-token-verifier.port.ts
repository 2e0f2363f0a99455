import type { Principal } from '../../../shared-kernel/principal';

/**
 * Checks an access token the identity provider issued (signature, issuer, lifetime, audience) and says
 * whose it is. Throws a DomainError: `unauthenticated` for a bad token, `unavailable` when the
 * provider's keys cannot be fetched.
 */
export interface AccessTokenVerifier {
  verify(token: string): Promise<Principal>;
}

export const ACCESS_TOKEN_VERIFIER: unique symbol = Symbol('AccessTokenVerifier');
