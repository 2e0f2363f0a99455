import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Job } from '../../domain/jobs/job';
import type { JobRepository } from '../../ports/jobs/job-repository.port';
import type { JobRunner } from './job-runner';

export interface ListJobsInput {
  readonly types?: readonly string[];
  readonly projectId?: string;
  readonly read?: boolean;
  readonly page: PageRequest;
}

export class ListJobs {
  constructor(
    private readonly jobs: JobRepository,
    private readonly runner: JobRunner,
  ) {}

  async execute(principal: Principal, input: ListJobsInput): Promise<Page<Job>> {
    await this.runner.ensureStarted();
    return this.jobs.list({ ownerId: principal.id, ...input });
  }
}
