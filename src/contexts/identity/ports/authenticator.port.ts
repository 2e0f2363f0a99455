import type { Principal } from '../../../shared-kernel/principal';

/** What a request presents to prove who it is; only the parts identity needs. */
export interface Credentials {
  readonly authorization?: string;
}

/**
 * Turns credentials into a Principal, or throws a DomainError of kind `unauthenticated` (401) or
 * `unavailable` (503: the identity provider cannot be asked).
 */
export interface Authenticator {
  authenticate(credentials: Credentials): Promise<Principal>;
}

export const AUTHENTICATOR: unique symbol = Symbol('Authenticator');
