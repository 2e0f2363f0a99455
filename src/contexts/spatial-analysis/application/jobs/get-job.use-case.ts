import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import type { Job, JobId } from '../../domain/jobs/job';
import type { JobRepository } from '../../ports/jobs/job-repository.port';
import type { JobRunner } from './job-runner';
import { jobOfOwner } from './job-of-owner';

export class GetJob {
  constructor(
    private readonly jobs: JobRepository,
    private readonly runner: JobRunner,
  ) {}

  async execute(principal: Principal, id: JobId): Promise<Result<Job, DomainError>> {
    // Whoever looks first after a restart also gets abandoned jobs settled.
    await this.runner.ensureStarted();
    return jobOfOwner(this.jobs, principal, id);
  }
}
