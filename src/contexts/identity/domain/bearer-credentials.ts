import type { DomainError } from '../../../shared-kernel/domain-error';
import { IdentityErrors } from './identity.errors';

export type AuthorizationHeader = { readonly kind: 'absent' } | { readonly kind: 'bearer'; readonly token: string };

// RFC 6750 b64token; anything else in a Bearer header is refused before any cryptography runs.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** Reads `Authorization`: absent, a Bearer token, or a malformed header (another scheme counts). */
export function readAuthorizationHeader(value: string | undefined): AuthorizationHeader | DomainError {
  if (value === undefined || value.trim() === '') return { kind: 'absent' };
  const match = BEARER.exec(value);
  if (!match) return IdentityErrors.authorizationMalformed();
  return { kind: 'bearer', token: match[1] };
}
