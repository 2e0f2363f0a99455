import type { Principal } from './shared-kernel/principal';

declare global {
  namespace Express {
    interface Request {
      /** Set by the platform's authentication middleware (only identity creates principals). */
      principal?: Principal;
      /** The request's trace id, echoed in `X-Request-Id` and in every problem. */
      traceId?: string;
    }
  }
}
