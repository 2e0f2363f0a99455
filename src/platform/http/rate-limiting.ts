import type { Application as Express, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { ApiOperation } from '../../shared-kernel/api-description';
import { DomainError } from '../../shared-kernel/domain-error';

export interface RateLimitSettings {
  readonly windowSeconds: number;
  readonly max: number;
}

/**
 * Guards the operations their context marked expensive: per user (or per address when anonymous)
 * and per operation, so drawing catchment areas does not eat into the budget for uploads.
 */
export function limitExpensiveOperations(app: Express, operations: readonly ApiOperation[], settings: RateLimitSettings): void {
  for (const operation of operations.filter((candidate) => candidate.expensive)) {
    app[operation.method](operation.path, limiterFor(settings));
  }
}

function limiterFor(settings: RateLimitSettings): RequestHandler {
  return rateLimit({
    windowMs: settings.windowSeconds * 1000,
    limit: settings.max,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => req.principal?.id ?? ipKeyGenerator(req.ip ?? 'unknown'),
    handler: (req, _res, next) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfterSeconds = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : settings.windowSeconds;
      next(new DomainError('platform.rate-limited', 'too-many', 'Too many requests; slow down and retry later.', { retryAfterSeconds }));
    },
  });
}
