import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { ACTIVE_STATUSES, ended, isActive, type Job, type JobId } from '../../domain/jobs/job';
import { JobErrors } from '../../domain/jobs/job.errors';
import type { JobRepository } from '../../ports/jobs/job-repository.port';
import { compensateEnded, type JobHandlers } from './job-handler';
import { jobOfOwner } from './job-of-owner';

/**
 * Stops a job cooperatively: it is marked killed at once; its runner notices before the next step
 * (or before finishing) and undoes what it wrote, so a killed job leaves nothing behind.
 */
export class KillJob {
  constructor(
    private readonly jobs: JobRepository,
    private readonly clock: Clock,
    /** Whose compensation runs when this kill is what ended the job. */
    private readonly handlers: JobHandlers,
  ) {}

  async execute(principal: Principal, id: JobId): Promise<Result<Job, DomainError>> {
    for (;;) {
      const found = await jobOfOwner(this.jobs, principal, id);
      if (!found.ok) return found;
      const job = found.value;
      if (job.status === 'killed') return ok(job);
      if (!isActive(job)) return err(JobErrors.alreadyEnded(job.status));
      const killed = ended(job, 'killed', 'Stopped by the user.', this.clock.now(), 'jobs.killed');
      if (await this.jobs.update(killed, ACTIVE_STATUSES)) {
        await compensateEnded(this.handlers, killed);
        return ok(killed);
      }
      // It moved on meanwhile (started or ended): look again.
    }
  }
}
