import type { Principal } from '../../../shared-kernel/principal';

/** What a request presents to prove who it is; only the parts identity needs. */
export interface Credentials {
  readonly authorization?: string;
  /** The browser session's sign-in as identity's web sign-in stored it (opaque to everyone else). */
  readonly session?: unknown;
  /** For the CSRF check of cookie-authenticated requests. */
  readonly method?: string;
  readonly origin?: string;
  readonly csrfToken?: string;
}

/**
 * Turns credentials into a Principal, or throws a DomainError of kind `unauthenticated` (401) or
 * `unavailable` (503: the identity provider cannot be asked).
 */
export interface Authenticator {
  authenticate(credentials: Credentials): Promise<Principal>;
}

export const AUTHENTICATOR: unique symbol = Symbol('Authenticator');
