import { newId, type Id } from '../../../../shared-kernel/ids';

export type JobId = Id<'Job'>;

/** GOAT's status_simple. */
export type JobStatus = 'pending' | 'running' | 'finished' | 'failed' | 'timeout' | 'killed';
export const JOB_STATUSES: readonly JobStatus[] = ['pending', 'running', 'finished', 'failed', 'timeout', 'killed'];
export const ACTIVE_STATUSES: readonly JobStatus[] = ['pending', 'running'];

/** GOAT's MAX_NUMBER_PARALLEL_JOBS: jobs one user may have pending or running at once. */
export const MAX_ACTIVE_JOBS_PER_USER = 6;

export interface JobStep {
  readonly status: JobStatus;
  readonly startedAt: Date | null;
  readonly endedAt: Date | null;
  readonly message: string | null;
}

/** Long work a user started (an import, an analysis): durable, observable, stoppable between steps. */
export interface Job {
  readonly id: JobId;
  readonly ownerId: string;
  readonly projectId: string | null;
  readonly type: string;
  readonly status: JobStatus;
  /** One entry per step of the job's handler, in order. */
  readonly steps: Readonly<Record<string, JobStep>>;
  readonly progress: number;
  readonly layerIds: readonly string[];
  readonly message: string | null;
  /** Failure code for machines (a DomainError code), beside the message for people. */
  readonly errorCode: string | null;
  readonly read: boolean;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly result: Readonly<Record<string, unknown>> | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Last sign of life from the worker running it; a stale one means that worker is gone. */
  readonly heartbeatAt: Date | null;
}

export interface NewJob {
  readonly ownerId: string;
  readonly projectId?: string | null;
  readonly type: string;
  readonly steps: readonly string[];
  readonly payload: Record<string, unknown>;
}

const pendingStep: JobStep = { status: 'pending', startedAt: null, endedAt: null, message: null };

export function newJob(input: NewJob, now: Date): Job {
  return {
    id: newId<'Job'>(),
    ownerId: input.ownerId,
    projectId: input.projectId ?? null,
    type: input.type,
    status: 'pending',
    steps: Object.fromEntries(input.steps.map((step) => [step, pendingStep])),
    progress: 0,
    layerIds: [],
    message: null,
    errorCode: null,
    read: false,
    payload: input.payload,
    result: null,
    createdAt: now,
    updatedAt: now,
    heartbeatAt: null,
  };
}

export const isActive = (job: Pick<Job, 'status'>): boolean => ACTIVE_STATUSES.includes(job.status);

export const started = (job: Job, now: Date): Job => ({ ...job, status: 'running', heartbeatAt: now, updatedAt: now });

export function stepStarted(job: Job, step: string, now: Date): Job {
  return { ...job, steps: { ...job.steps, [step]: { status: 'running', startedAt: now, endedAt: null, message: null } }, updatedAt: now, heartbeatAt: now };
}

export function stepFinished(job: Job, step: string, progress: number, now: Date): Job {
  const previous = job.steps[step] ?? pendingStep;
  return {
    ...job,
    steps: { ...job.steps, [step]: { ...previous, status: 'finished', endedAt: now } },
    progress: Math.max(job.progress, Math.min(100, Math.round(progress))),
    updatedAt: now,
    heartbeatAt: now,
  };
}

export const withProgress = (job: Job, progress: number, now: Date): Job => ({
  ...job,
  progress: Math.max(job.progress, Math.min(100, Math.round(progress))),
  updatedAt: now,
  heartbeatAt: now,
});

export function finished(job: Job, outcome: { layerIds: readonly string[]; result: Record<string, unknown>; message?: string }, now: Date): Job {
  return { ...job, status: 'finished', progress: 100, layerIds: [...outcome.layerIds], result: outcome.result, message: outcome.message ?? null, updatedAt: now };
}

/** Ends the job in a terminal state; the running step (if any) ends with it. */
export function ended(job: Job, status: 'failed' | 'timeout' | 'killed', message: string, now: Date, errorCode: string | null = null): Job {
  const steps = Object.fromEntries(
    Object.entries(job.steps).map(([name, step]) => [name, step.status === 'running' ? { ...step, status, endedAt: now, message } : step]),
  );
  return { ...job, status, steps, message, errorCode, updatedAt: now };
}

export const markedRead = (job: Job, now: Date): Job => ({ ...job, read: true, updatedAt: now });
