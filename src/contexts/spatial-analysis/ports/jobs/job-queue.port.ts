/** Runs one job (by id) to its end; the queue calls it, at most as often as it has workers. */
export type JobWork = (jobId: string) => Promise<void>;

/**
 * Hands job ids to workers: durably in PostgreSQL (pg-boss), or in this process for the embedded
 * default. Delivery is at least once: the work itself must be idempotent.
 */
export interface JobQueue {
  enqueue(jobId: string): Promise<void>;
  /** Starts the workers; idempotent. */
  start(work: JobWork): Promise<void>;
  /** Stops taking jobs and waits (up to the grace period) for the running ones. */
  stop(): Promise<void>;
}

export const JOB_QUEUE: unique symbol = Symbol('JobQueue');
