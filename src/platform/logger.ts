import pino, { type Logger } from 'pino';
import { currentTraceId } from './request-context';

export type { Logger };

/** JSON logs; every line written while serving a request carries that request's trace id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'goat-ts' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const traceId = currentTraceId();
      return traceId ? { traceId } : {};
    },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  });
}
