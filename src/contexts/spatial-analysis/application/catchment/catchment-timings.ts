import type { CatchmentPhase } from '../../domain/catchment/catchment-feature-collection';

export type CatchmentTimedPhase = 'search' | CatchmentPhase;

/** Where the time of one catchment area went, in ms and as shares of the total, for benchmarks. */
export interface CatchmentTimings {
  readonly totalMs: number;
  readonly ms: Readonly<Record<CatchmentTimedPhase, number>>;
  readonly shares: Readonly<Record<CatchmentTimedPhase, number>>;
}

export class CatchmentStopwatch {
  private readonly ms: Record<CatchmentTimedPhase, number> = { search: 0, gridding: 0, contouring: 0, serialising: 0 };

  constructor(private readonly now: () => number) {}

  time<T>(phase: CatchmentTimedPhase, work: () => T): T {
    const start = this.now();
    try {
      return work();
    } finally {
      this.ms[phase] += this.now() - start;
    }
  }

  async timeAsync<T>(phase: CatchmentTimedPhase, work: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await work();
    } finally {
      this.ms[phase] += this.now() - start;
    }
  }

  timings(): CatchmentTimings {
    const totalMs = Object.values(this.ms).reduce((s, v) => s + v, 0);
    const share = (v: number) => (totalMs > 0 ? v / totalMs : 0);
    const { search, gridding, contouring, serialising } = this.ms;
    return {
      totalMs,
      ms: { ...this.ms },
      shares: { search: share(search), gridding: share(gridding), contouring: share(contouring), serialising: share(serialising) },
    };
  }
}
