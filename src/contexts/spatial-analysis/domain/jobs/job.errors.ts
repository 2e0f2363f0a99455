import { DomainError } from '../../../../shared-kernel/domain-error';

export const JobErrors = {
  notFound: () => new DomainError('jobs.job-not-found', 'not-found', 'The job was not found.'),
  tooManyRunning: (limit: number) =>
    new DomainError('jobs.too-many-running', 'too-many', `You already have ${limit} jobs running; wait for one to finish.`, {
      limit,
      retryAfterSeconds: 10,
    }),
  alreadyEnded: (status: string) =>
    new DomainError('jobs.job-already-ended', 'rule-violation', `The job has already ended (${status}); there is nothing to stop.`, { status }),
};
