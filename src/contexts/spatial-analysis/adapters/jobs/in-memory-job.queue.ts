import type { JobQueue, JobWork } from '../../ports/jobs/job-queue.port';

/**
 * Jobs run in this process, at most `concurrency` at once (embedded default). Not durable: a restart
 * forgets the queue, as it forgets the in-memory job records too.
 */
export class InMemoryJobQueue implements JobQueue {
  private readonly waiting: string[] = [];
  private readonly running = new Set<Promise<void>>();
  private work: JobWork | null = null;

  constructor(
    private readonly concurrency: number,
    private readonly graceMs = 5000,
  ) {}

  async enqueue(jobId: string): Promise<void> {
    this.waiting.push(jobId);
    this.drain();
  }

  async start(work: JobWork): Promise<void> {
    this.work = work;
    this.drain();
  }

  async stop(): Promise<void> {
    this.work = null;
    const all = Promise.allSettled([...this.running]);
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, this.graceMs).unref())]);
  }

  private drain(): void {
    while (this.work && this.running.size < this.concurrency && this.waiting.length > 0) {
      const jobId = this.waiting.shift()!;
      const work = this.work;
      const run: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => work(jobId))
        .catch(() => undefined)
        .finally(() => {
          this.running.delete(run);
          this.drain();
        });
      this.running.add(run);
    }
  }
}
