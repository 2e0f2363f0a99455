import type { ErrorKind } from '../../shared-kernel/domain-error';

/** The one table from error kind to HTTP status (conventions §5); no code is special-cased. */
export const STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = {
  malformed: 400,
  unauthenticated: 401,
  forbidden: 403,
  'quota-exceeded': 403,
  suspended: 403,
  'not-found': 404,
  conflict: 409,
  'rule-violation': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  validation: 422,
  'too-many': 429,
  'upstream-failure': 502,
  unavailable: 503,
  'upstream-timeout': 504,
};

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  traceId: string;
  errors?: { pointer: string; message: string }[];
  [extension: string]: unknown;
}

export function problem(status: number, code: string, detail: string, instance: string, traceId: string): ProblemDocument {
  return { type: `/problems/${code}`, title: TITLES[status] ?? 'Error', status, detail, instance, code, traceId };
}
