import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { runWithTraceId } from '../request-context';

const TRACE_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Takes a well-formed incoming X-Request-Id (or W3C traceparent) or makes one; echoes it back. */
export function requestTracing(logger: Logger): RequestHandler[] {
  const assignTraceId: RequestHandler = (req, res, next) => {
    const incoming = req.get('x-request-id');
    const traceparent = req.get('traceparent')?.split('-')[1];
    req.traceId = incoming && TRACE_ID.test(incoming) ? incoming : traceparent && /^[0-9a-f]{32}$/.test(traceparent) ? traceparent : randomUUID();
    res.setHeader('X-Request-Id', req.traceId);
    runWithTraceId(req.traceId, next);
  };
  const logRequests = pinoHttp({
    logger,
    genReqId: (req) => (req as { traceId?: string }).traceId ?? randomUUID(),
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug'),
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return [assignTraceId, logRequests];
}
