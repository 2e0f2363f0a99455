import type { RequestHandler } from 'express';
import { DomainError } from '../../shared-kernel/domain-error';
import type { ReadinessCheck } from '../../shared-kernel/readiness';

const CHECK_TIMEOUT_MS = 3000;

export const liveness: RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};

async function failureOf(check: ReadinessCheck): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check.check(), timeout]);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/** 200 when every configured dependency answers, else 503 naming the ones that do not. */
export function readiness(checks: () => ReadinessCheck[]): RequestHandler {
  return (_req, res, next) => {
    const all = checks();
    Promise.all(all.map(failureOf))
      .then((failures) => {
        const failing = all.filter((_, index) => failures[index] !== null).map((check) => check.name);
        if (failing.length === 0) {
          res.json({ status: 'ready', checks: Object.fromEntries(all.map((check) => [check.name, 'ok'])) });
          return;
        }
        next(new DomainError('platform.not-ready', 'unavailable', `Not ready: ${failing.join(', ')} not answering.`, { failing }));
      })
      .catch(next);
  };
}
