import type { DomainError } from '../../../../shared-kernel/domain-error';
import { isSuperuser, type Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { Job, JobId } from '../../domain/jobs/job';
import { JobErrors } from '../../domain/jobs/job.errors';
import type { JobRepository } from '../../ports/jobs/job-repository.port';

/** Jobs belong to whoever started them (as in GOAT); anyone else's job is "not found". */
export async function jobOfOwner(jobs: JobRepository, principal: Principal, id: JobId): Promise<Result<Job, DomainError>> {
  const job = await jobs.byId(id);
  if (!job || (job.ownerId !== principal.id && !isSuperuser(principal))) return err(JobErrors.notFound());
  return ok(job);
}
