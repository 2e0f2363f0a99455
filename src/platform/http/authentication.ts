import type { RequestHandler } from 'express';
import type { ApiOperation } from '../../shared-kernel/api-description';
import type { Authenticator } from '../../contexts/identity';
import { operationMatcher } from './operation-matching';

/**
 * Every `/api` request is authenticated before any controller runs, except operations their context
 * declared public. Failures go to the one error middleware (401/503 problem+json).
 */
export function authentication(authenticator: Authenticator, operations: readonly ApiOperation[]): RequestHandler {
  const isPublic = operationMatcher(operations.filter((operation) => operation.public));
  return (req, _res, next) => {
    if (isPublic.matches(req)) return next();
    authenticator
      .authenticate({
        authorization: req.get('authorization'),
        // Identity's web sign-in puts the session's sign-in here (passport's `req.user`); opaque to us.
        session: (req as { user?: unknown }).user,
        method: req.method,
        origin: req.get('origin'),
        csrfToken: req.get('x-csrf-token'),
      })
      .then((principal) => {
        req.principal = principal;
        next();
      })
      .catch(next);
  };
}
