import type { Request } from 'express';
import type { ApiOperation } from '../../shared-kernel/api-description';

export interface OperationMatcher {
  matches(req: Request): boolean;
}

const toRegExp = (path: string): RegExp =>
  new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\/:[A-Za-z_]+/g, '/[^/]+')}/?$`);

/**
 * Recognises requests addressed to some of the described operations (e.g. the public ones). The
 * full path counts: under `app.use('/api', …)` express strips the mount point from `req.path`.
 */
export function operationMatcher(operations: readonly ApiOperation[]): OperationMatcher {
  const compiled = operations.map((operation) => ({ method: operation.method.toUpperCase(), pattern: toRegExp(operation.path) }));
  return {
    matches: (req) => compiled.some(({ method, pattern }) => (method === req.method || (method === 'GET' && req.method === 'HEAD')) && pattern.test(req.baseUrl + req.path)),
  };
}
