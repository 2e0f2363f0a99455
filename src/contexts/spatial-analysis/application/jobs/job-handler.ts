import type { Job } from '../../domain/jobs/job';

/** What a handler may do while its job runs. */
export interface JobContext {
  readonly jobId: string;
  readonly ownerId: string;
  /**
   * Runs one named step. Before it starts, the runner checks that the job is still wanted (not
   * killed, not timed out, server not stopping): that is where cancellation happens.
   */
  step<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Reports progress (0–100) within the current step; also a sign of life. */
  progress(percent: number): Promise<void>;
}

export interface JobOutcome {
  readonly layerIds: readonly string[];
  readonly result: Record<string, unknown>;
  readonly message?: string;
}

/**
 * One kind of job (an import, a catchment area…). Runs are delivered at least once, so `run` must be
 * idempotent; `undo` removes whatever a run of the same payload may have written, and is called
 * when a run is killed, times out, fails or is interrupted.
 */
export interface JobHandler<P = Record<string, unknown>> {
  readonly type: string;
  readonly steps: readonly string[];
  run(payload: P, context: JobContext): Promise<JobOutcome>;
  undo(payload: P): Promise<void>;
  /**
   * Gives back what accepting the job took (e.g. credits), once the job has ended without finishing
   * (failed, timeout, killed, interrupted). Called exactly once per job: by whoever wrote that end,
   * and the status compare-and-set lets only one writer end a job. Not called when SubmitJob could
   * not queue it (its caller gives back what it charged).
   */
  compensate?(job: Job): Promise<void>;
}

/** Runs the handler's compensation for a job that just ended without finishing; a no-op without one. */
export async function compensateEnded(handlers: JobHandlers, job: Job): Promise<void> {
  await handlers.get(job.type)?.compensate?.(job);
}

/** type -> handler; each job type registers itself once, at composition. */
export class JobHandlers {
  private readonly handlers = new Map<string, JobHandler>();

  register<P>(handler: JobHandler<P>): void {
    if (this.handlers.has(handler.type)) throw new Error(`A handler for job type "${handler.type}" is already registered`);
    this.handlers.set(handler.type, handler as unknown as JobHandler);
  }

  get(type: string): JobHandler | null {
    return this.handlers.get(type) ?? null;
  }

  types(): string[] {
    return [...this.handlers.keys()];
  }
}
