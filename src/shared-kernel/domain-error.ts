/**
 * What went wrong, in the domain's words. The kind alone decides the HTTP status (platform error
 * middleware); the code is stable and documented in docs/problems.md.
 */
export type ErrorKind =
  | 'malformed'
  | 'unauthenticated'
  | 'forbidden'
  | 'quota-exceeded'
  | 'suspended'
  | 'not-found'
  | 'conflict'
  | 'rule-violation'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'validation'
  | 'too-many'
  | 'upstream-failure'
  | 'unavailable'
  | 'upstream-timeout';

export interface FieldError {
  /** JSON pointer into the request, e.g. `/body/name` or `/query/page`. */
  readonly pointer: string;
  readonly message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: Record<string, unknown> & { errors?: FieldError[]; retryAfterSeconds?: number },
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (code: string, what: string): DomainError =>
  new DomainError(code, 'not-found', `${what} was not found.`);

export const validationFailed = (errors: FieldError[], code = 'request.validation-failed'): DomainError =>
  new DomainError(code, 'validation', 'The request is not valid.', { errors });
