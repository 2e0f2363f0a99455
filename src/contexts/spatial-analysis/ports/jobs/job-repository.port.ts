import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Job, JobId, JobStatus } from '../../domain/jobs/job';

export interface JobQuery {
  readonly ownerId: string;
  readonly types?: readonly string[];
  readonly projectId?: string;
  readonly read?: boolean;
  readonly page: PageRequest;
}

export interface JobRepository {
  byId(id: JobId): Promise<Job | null>;
  /** Newest first. */
  list(query: JobQuery): Promise<Page<Job>>;
  /**
   * Stores a new job unless its owner already has `limit` pending or running ones; race-free, so
   * two requests at once cannot both take the last slot.
   */
  insertIfBelowLimit(job: Job, limit: number): Promise<'saved' | 'limit-reached'>;
  /** Compare-and-set: writes the job only while its stored status is one of `expected`. */
  update(job: Job, expected: readonly JobStatus[]): Promise<boolean>;
  /** Records a sign of life of a running job; false when it is no longer running. */
  heartbeat(id: JobId, at: Date): Promise<boolean>;
  markRead(ownerId: string, ids: readonly string[], at: Date): Promise<number>;
  /** Jobs in `running` whose last heartbeat is older than `before`. */
  runningSilentSince(before: Date): Promise<Job[]>;
  deleteAllOf(ownerId: string): Promise<void>;
}

export const JOB_REPOSITORY: unique symbol = Symbol('JobRepository');
