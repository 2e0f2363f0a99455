import { DomainError } from './domain-error';

/**
 * Faults of the machinery rather than of the request: thrown, never returned. They carry a kind so
 * the one error middleware maps them like domain errors (503, 502, 504).
 */
export class DependencyUnavailableError extends DomainError {
  constructor(readonly dependency: string, cause?: unknown) {
    super('platform.dependency-unavailable', 'unavailable', `${dependency} is unavailable; try again shortly.`, {
      dependency,
    });
    this.name = 'DependencyUnavailableError';
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

export class UpstreamFailureError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, 'upstream-failure', message, details);
    this.name = 'UpstreamFailureError';
  }
}

export class UpstreamTimeoutError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, 'upstream-timeout', message, details);
    this.name = 'UpstreamTimeoutError';
  }
}
