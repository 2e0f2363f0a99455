import type { ErrorKind } from '../../../../shared-kernel/domain-error';
import type { TravelResult } from '../../domain/routing/travel-request';
import type { TravelTimeQuery } from '../../ports/routing/travel-time-engine.port';

/** Messages between the pool and its workers (structured clone: errors travel as plain data). */
export interface WorkerRequest {
  readonly id: number;
  readonly query: TravelTimeQuery;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly value: TravelResult }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { code: string; kind: ErrorKind; message: string; details?: Record<string, unknown> };
    }
  | { readonly id: number; readonly fault: string };
