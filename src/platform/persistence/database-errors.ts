import { DependencyUnavailableError } from '../../shared-kernel/infrastructure-errors';

// SQLSTATE classes meaning "the database is not there or gave up on us", not "your query is wrong".
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|knex: timeout acquiring a connection|connection refused|server closed the connection|the database system is (starting up|shutting down)|terminating connection|Client has encountered a connection error|statement timeout|Query read timeout/i;

/** True when an error thrown by the driver means the database cannot serve now (503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; previous?: unknown };
    if (typeof candidate.code === 'string' && (UNAVAILABLE_SQLSTATES.has(candidate.code) || UNAVAILABLE_SOCKET_CODES.has(candidate.code))) return true;
    if (candidate.name === 'KnexTimeoutError' || candidate.name === 'ConnectionException') return true;
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
    current = candidate.previous ?? candidate.cause;
  }
  return false;
}

export const asDependencyError = (error: unknown): unknown =>
  isDatabaseUnavailable(error) ? new DependencyUnavailableError('database', error) : error;
