import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { ended, MAX_ACTIVE_JOBS_PER_USER, newJob, type Job } from '../../domain/jobs/job';
import { JobErrors } from '../../domain/jobs/job.errors';
import type { JobRepository } from '../../ports/jobs/job-repository.port';
import type { JobHandlers } from './job-handler';
import type { JobRunner } from './job-runner';

export interface JobRequest {
  readonly type: string;
  readonly payload: Record<string, unknown>;
  readonly projectId?: string | null;
}

/** Records a job (within the per-user limit) and queues it; what tools and imports call to start work. */
export class SubmitJob {
  constructor(
    private readonly jobs: JobRepository,
    private readonly handlers: JobHandlers,
    private readonly runner: JobRunner,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, request: JobRequest): Promise<Result<Job, DomainError>> {
    const handler = this.handlers.get(request.type);
    if (!handler) throw new Error(`No handler is registered for job type "${request.type}"`);
    const job = newJob({ ownerId: principal.id, projectId: request.projectId, type: request.type, steps: handler.steps, payload: request.payload }, this.clock.now());
    if ((await this.jobs.insertIfBelowLimit(job, MAX_ACTIVE_JOBS_PER_USER)) === 'limit-reached') return err(JobErrors.tooManyRunning(MAX_ACTIVE_JOBS_PER_USER));
    try {
      await this.runner.enqueue(job.id);
    } catch (error) {
      // Never leave a job pending that no worker will ever see.
      await this.jobs.update(ended(job, 'failed', 'The job could not be queued; try again.', this.clock.now(), 'jobs.queue-unavailable'), ['pending']);
      throw error;
    }
    return ok(job);
  }
}
