import type { Clock } from '../../../../shared-kernel/clock';
import type { Principal } from '../../../../shared-kernel/principal';
import type { JobRepository } from '../../ports/jobs/job-repository.port';

/** Marks the caller's jobs read; ids of other users' jobs are ignored, not reported. */
export class MarkJobsRead {
  constructor(
    private readonly jobs: JobRepository,
    private readonly clock: Clock,
  ) {}

  execute(principal: Principal, ids: readonly string[]): Promise<number> {
    return this.jobs.markRead(principal.id, ids, this.clock.now());
  }
}
