import type { Request } from 'express';
import { DomainError } from './domain-error';
import type { Principal } from './principal';
import type { Result } from './result';

/** The caller, set by the platform's authentication middleware before any controller runs. */
export function principalOf(req: Request): Principal {
  if (!req.principal) throw new DomainError('identity.unauthenticated', 'unauthenticated', 'Authentication is required.');
  return req.principal;
}

/** A returned failure becomes the thrown DomainError the error middleware turns into problem+json. */
export function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw result.error;
  return result.value;
}
