import { DomainError } from '../../../shared-kernel/domain-error';

// RFC 6750 §3: the challenge a 401 carries; `error` only when the request presented something.
const challenge = (error?: 'invalid_request' | 'invalid_token', description?: string): string =>
  error ? `Bearer realm="goat", error="${error}", error_description="${(description ?? '').replace(/["\\]/g, "'")}"` : 'Bearer realm="goat"';

const unauthenticated = (code: string, message: string, error?: 'invalid_request' | 'invalid_token'): DomainError =>
  new DomainError(code, 'unauthenticated', message, { wwwAuthenticate: challenge(error, message) });

/**
 * Why a request was not let in. Messages tell a client developer what to fix without telling an
 * attacker which part of a forgery came close.
 */
export const IdentityErrors = {
  credentialsMissing: () => unauthenticated('identity.unauthenticated', 'Authentication is required: send an Authorization: Bearer <access token> header.'),
  authorizationMalformed: () =>
    unauthenticated('identity.authorization-malformed', 'The Authorization header must be "Bearer <access token>".', 'invalid_request'),
  tokenMalformed: () => unauthenticated('identity.token-invalid', 'The access token is not a well-formed signed JWT.', 'invalid_token'),
  algorithmRefused: () =>
    unauthenticated('identity.token-invalid', 'The access token is not signed with an accepted algorithm (RS256, PS256, ES256).', 'invalid_token'),
  signatureInvalid: () => unauthenticated('identity.token-invalid', 'The access token signature is not valid.', 'invalid_token'),
  keyUnknown: () => unauthenticated('identity.token-invalid', 'The access token is signed with a key the identity provider does not publish.', 'invalid_token'),
  expired: () => unauthenticated('identity.token-expired', 'The access token has expired; obtain a new one.', 'invalid_token'),
  notYetValid: () => unauthenticated('identity.token-invalid', 'The access token is not valid yet.', 'invalid_token'),
  wrongIssuer: () => unauthenticated('identity.token-invalid', 'The access token was issued by another issuer.', 'invalid_token'),
  wrongAudience: () => unauthenticated('identity.token-invalid', 'The access token is not meant for this API (audience).', 'invalid_token'),
  claimsInvalid: () => unauthenticated('identity.token-invalid', 'The access token lacks required claims.', 'invalid_token'),
  accountDeleted: () => unauthenticated('identity.account-deleted', 'This account has been deleted.', 'invalid_token'),
  sessionInvalid: () => unauthenticated('identity.session-invalid', 'The sign-in session is not valid; sign in again.'),
  signInFailed: () => unauthenticated('identity.sign-in-failed', 'Sign-in with the identity provider did not succeed; start again.'),
  csrfRejected: () =>
    new DomainError('identity.csrf-rejected', 'forbidden', 'A state-changing request made with the session cookie needs an allowed Origin and the X-CSRF-Token header.'),
  providerUnavailable: () =>
    new DomainError('identity.provider-unavailable', 'unavailable', 'The identity provider cannot be reached to check this token; try again shortly.'),
  userNotFound: () => new DomainError('identity.user-not-found', 'not-found', 'The user was not found.'),
};
