import express, { type RequestHandler } from 'express';
import { DomainError } from '../../shared-kernel/domain-error';

const ACCEPTED_BODIES = ['application/json', 'application/*+json', 'multipart/form-data'];

const hasBody = (req: Parameters<RequestHandler>[0]): boolean =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** JSON bodies up to the configured size; any other body type (but uploads) is a 415. */
export function bodyParsing(limit: string): RequestHandler[] {
  const requireKnownType: RequestHandler = (req, _res, next) => {
    if (hasBody(req) && !req.is(ACCEPTED_BODIES)) {
      next(new DomainError('request.unsupported-media-type', 'unsupported-media-type', 'Send the body as application/json.'));
      return;
    }
    next();
  };
  return [requireKnownType, express.json({ limit, type: ['application/json', 'application/*+json'] })];
}
