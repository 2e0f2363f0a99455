import PgBoss from 'pg-boss';
import type { JobQueue, JobWork } from '../../ports/jobs/job-queue.port';

export interface PgBossQueueSettings {
  readonly connectionString: string;
  readonly queueName: string;
  readonly concurrency: number;
  /** How long a stop waits for running work before giving up on it. */
  readonly graceSeconds: number;
  /** pg-boss reports connection and maintenance errors as events; they must not crash the process. */
  readonly onError?: (error: unknown) => void;
}

/**
 * The durable queue: pg-boss 10 in its own schema `pgboss` (pg-boss creates and migrates it; MikroORM
 * never sees it). Only job ids travel; the job record in spatial_analysis.job is the truth, so a
 * redelivered id whose job is no longer pending is simply skipped.
 */
export class PgBossJobQueue implements JobQueue {
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;

  constructor(private readonly settings: PgBossQueueSettings) {}

  async enqueue(jobId: string): Promise<void> {
    const boss = await this.started();
    // A job id is sent once; retries are ours to decide (the job record), not pg-boss's.
    await boss.send(this.settings.queueName, { jobId }, { singletonKey: jobId, retryLimit: 0, expireInHours: 23 });
  }

  async start(work: JobWork): Promise<void> {
    const boss = await this.started();
    for (let worker = 0; worker < this.settings.concurrency; worker++) {
      await boss.work<{ jobId: string }>(this.settings.queueName, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (job) await work(job.data.jobId);
      });
    }
  }

  async stop(): Promise<void> {
    const starting = this.starting;
    this.starting = null;
    this.boss = null;
    if (!starting) return;
    const boss = await starting.catch(() => null);
    await boss?.stop({ graceful: true, wait: true, timeout: this.settings.graceSeconds * 1000 });
  }

  private started(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({ connectionString: this.settings.connectionString, schema: 'pgboss', max: Math.max(2, this.settings.concurrency), application_name: 'goat-jobs' });
      boss.on('error', (error) => this.settings.onError?.(error));
      await boss.start();
      await boss.createQueue(this.settings.queueName).catch(() => undefined);
      this.boss = boss;
      return boss;
    })().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }
}
