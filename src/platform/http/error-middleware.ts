import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '../../shared-kernel/domain-error';
import { asDependencyError } from '../persistence/database-errors';
import { problem, STATUS_BY_KIND, type ProblemDocument } from './problem-details';

// Errors raised by express's body parser before any controller runs.
const BODY_PARSER_ERRORS: Readonly<Record<string, DomainError>> = {
  'entity.parse.failed': new DomainError('request.malformed-body', 'malformed', 'The request body is not valid JSON.'),
  'entity.too.large': new DomainError('request.body-too-large', 'payload-too-large', 'The request body is larger than allowed.'),
  'encoding.unsupported': new DomainError('request.unsupported-encoding', 'unsupported-media-type', 'The body encoding is not supported.'),
  'charset.unsupported': new DomainError('request.unsupported-charset', 'unsupported-media-type', 'The body charset is not supported.'),
};

function asDomainError(error: unknown): DomainError | null {
  const known = asDependencyError(error);
  if (known instanceof DomainError) return known;
  const type = (error as { type?: unknown })?.type;
  return typeof type === 'string' ? (BODY_PARSER_ERRORS[type] ?? null) : null;
}

export const sendProblem = (res: Parameters<RequestHandler>[1], body: ProblemDocument, headers: Record<string, string> = {}): void => {
  res.status(body.status).set(headers).type('application/problem+json').send(JSON.stringify(body));
};

/**
 * The only place errors become responses: problem+json by kind, a safe message, never a stack or
 * SQL; an unexpected error is a 500 with the trace id, and the log keeps the rest.
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const traceId = req.traceId ?? 'unknown';
    const domainError = asDomainError(error);
    if (!domainError) {
      logger.error({ err: error, method: req.method, path: req.originalUrl }, 'unexpected error while serving a request');
      sendProblem(res, problem(500, 'platform.internal-error', 'An unexpected error occurred. Quote the trace id when reporting it.', req.originalUrl, traceId));
      return;
    }
    const status = STATUS_BY_KIND[domainError.kind] ?? 500;
    const body = problem(status, domainError.code, domainError.message, req.originalUrl, traceId);
    const { errors, retryAfterSeconds, wwwAuthenticate, ...extensions } = (domainError.details ?? {}) as Record<string, unknown>;
    if (Array.isArray(errors)) body.errors = errors as ProblemDocument['errors'];
    for (const [key, value] of Object.entries(extensions)) if (!(key in body)) body[key] = value;
    const headers: Record<string, string> = {};
    if (typeof retryAfterSeconds === 'number') headers['Retry-After'] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
    if (status === 401) headers['WWW-Authenticate'] = typeof wwwAuthenticate === 'string' ? wwwAuthenticate : 'Bearer realm="goat"';
    if (status >= 500) logger.warn({ err: error, code: domainError.code }, 'dependency failure while serving a request');
    sendProblem(res, body, headers);
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new DomainError('request.route-not-found', 'not-found', `No route ${req.method} ${req.path}.`));
};
