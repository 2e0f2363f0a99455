import type { Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { ended, finished, started, stepFinished, stepStarted, withProgress, type Job, type JobId } from '../../domain/jobs/job';
import type { JobQueue } from '../../ports/jobs/job-queue.port';
import type { JobRepository } from '../../ports/jobs/job-repository.port';
import { compensateEnded, type JobContext, type JobHandlers } from './job-handler';

export interface JobRunnerSettings {
  readonly timeoutSeconds: number;
  readonly heartbeatSeconds: number;
  /** A running job silent for longer belongs to a worker that is gone. */
  readonly staleAfterSeconds: number;
}

export interface JobRunnerLog {
  error(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
}

/** Thrown inside a run when the job is no longer wanted; the runner undoes and stops there. */
class JobStopped extends Error {}

const INTERRUPTED = 'The server running this job stopped before it finished; start it again.';

/**
 * Runs jobs from the queue: pending -> running -> finished | failed | timeout | killed, one step at a
 * time, with heartbeats. Whatever does not finish is undone, so nothing half-written remains; jobs
 * left running by a worker that died are found by their silence and marked failed.
 */
export class JobRunner {
  private starting: Promise<void> | null = null;
  private stopping = false;
  private sweepTimer: NodeJS.Timeout | null = null;
  private readonly active = new Set<string>();

  constructor(
    private readonly jobs: JobRepository,
    private readonly queue: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly clock: Clock,
    private readonly settings: JobRunnerSettings,
    private readonly log: JobRunnerLog,
  ) {}

  /** Starts the workers and the sweep for abandoned jobs; idempotent, so anything may call it first. */
  ensureStarted(): Promise<void> {
    this.starting ??= (async () => {
      this.stopping = false;
      await this.failAbandoned();
      await this.queue.start((jobId) => this.run(jobId as JobId));
      this.sweepTimer = setInterval(() => void this.failAbandoned().catch((error: unknown) => this.log.warn({ err: error }, 'job sweep failed')), (this.settings.staleAfterSeconds * 1000) / 2);
      this.sweepTimer.unref();
    })().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  /** Stops taking jobs; running ones stop at their next step and are marked failed (interrupted). */
  async stop(): Promise<void> {
    if (!this.starting) return;
    this.stopping = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.starting.catch(() => undefined);
    await this.queue.stop();
    for (const id of [...this.active]) await this.interrupt(id as JobId);
    this.starting = null;
  }

  async enqueue(jobId: string): Promise<void> {
    await this.ensureStarted();
    await this.queue.enqueue(jobId);
  }

  /** Runs one job to its end; a job that is not pending (taken, killed, ended) is left alone. */
  async run(jobId: JobId): Promise<void> {
    const job = await this.jobs.byId(jobId);
    if (!job || job.status !== 'pending' || this.stopping) return;
    const handler = this.handlers.get(job.type);
    if (!handler) {
      await this.jobs.update(ended(job, 'failed', `No handler for jobs of type "${job.type}".`, this.clock.now(), 'jobs.unknown-type'), ['pending']);
      return;
    }
    let current = started(job, this.clock.now());
    if (!(await this.jobs.update(current, ['pending']))) return;
    this.active.add(jobId);
    const deadline = this.clock.now().getTime() + this.settings.timeoutSeconds * 1000;
    const heartbeat = setInterval(() => void this.jobs.heartbeat(jobId, this.clock.now()).catch(() => undefined), this.settings.heartbeatSeconds * 1000);
    heartbeat.unref();
    const write = async (next: Job): Promise<void> => {
      current = next;
      if (!(await this.jobs.update(next, ['running']))) throw new JobStopped();
    };
    const checkWanted = async (): Promise<void> => {
      if (this.stopping) throw new JobStopped();
      const stored = await this.jobs.byId(jobId);
      if (!stored || stored.status !== 'running') throw new JobStopped();
      if (this.clock.now().getTime() > deadline) {
        await this.end(ended(current, 'timeout', `The job took longer than ${this.settings.timeoutSeconds} s and was stopped.`, this.clock.now(), 'jobs.timeout'));
        throw new JobStopped();
      }
    };
    const steps = handler.steps;
    const context: JobContext = {
      jobId,
      ownerId: job.ownerId,
      step: async (name, work) => {
        await checkWanted();
        await write(stepStarted(current, name, this.clock.now()));
        const value = await work();
        const done = steps.indexOf(name) + 1;
        await write(stepFinished(current, name, (done / Math.max(1, steps.length)) * 100, this.clock.now()));
        return value;
      },
      progress: async (percent) => {
        await write(withProgress(current, percent, this.clock.now()));
      },
    };
    try {
      const outcome = await handler.run(job.payload as never, context);
      await checkWanted();
      if (!(await this.jobs.update(finished(current, { ...outcome, result: outcome.result }, this.clock.now()), ['running']))) throw new JobStopped();
    } catch (error) {
      if (!(error instanceof JobStopped)) {
        const known = error instanceof DomainError;
        if (!known) this.log.error({ err: error, jobId, type: job.type }, 'job failed unexpectedly');
        const message = known ? error.message : 'The job failed unexpectedly; quote its id when reporting it.';
        await this.end(ended(current, 'failed', message, this.clock.now(), known ? error.code : 'jobs.internal-error'));
      } else if (this.stopping) {
        await this.end(ended(current, 'failed', INTERRUPTED, this.clock.now(), 'jobs.interrupted'));
      }
      await handler.undo(job.payload as never).catch((undoError: unknown) => this.log.error({ err: undoError, jobId }, 'undoing a stopped job failed'));
    } finally {
      clearInterval(heartbeat);
      this.active.delete(jobId);
    }
  }

  /** Jobs whose worker went silent (a crash, a kill -9) are failed and undone, never left running. */
  async failAbandoned(): Promise<number> {
    const silentSince = new Date(this.clock.now().getTime() - this.settings.staleAfterSeconds * 1000);
    const abandoned = (await this.jobs.runningSilentSince(silentSince)).filter((job) => !this.active.has(job.id));
    for (const job of abandoned) await this.interrupt(job.id, job);
    return abandoned.length;
  }

  /** Ends a running job; the one writer that succeeds compensates (see JobHandler.compensate). */
  private async end(next: Job): Promise<boolean> {
    if (!(await this.jobs.update(next, ['running']))) return false;
    await compensateEnded(this.handlers, next).catch((error: unknown) => this.log.error({ err: error, jobId: next.id, type: next.type }, 'compensating an ended job failed'));
    return true;
  }

  private async interrupt(id: JobId, known?: Job): Promise<void> {
    const job = known ?? (await this.jobs.byId(id));
    if (!job || job.status !== 'running') return;
    if (!(await this.end(ended(job, 'failed', INTERRUPTED, this.clock.now(), 'jobs.interrupted')))) return;
    await this.handlers.get(job.type)?.undo(job.payload as never).catch((error: unknown) => this.log.error({ err: error, jobId: id }, 'undoing an interrupted job failed'));
  }
}
