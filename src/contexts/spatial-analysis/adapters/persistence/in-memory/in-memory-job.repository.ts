import { pageInMemory, type Page } from '../../../../../shared-kernel/paging';
import { isActive, markedRead, type Job, type JobId, type JobStatus } from '../../../domain/jobs/job';
import type { JobQuery, JobRepository } from '../../../ports/jobs/job-repository.port';

const newestFirst = (a: Job, b: Job): number => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1);

/** Single-threaded, so every check-then-write here is atomic, as the SQL adapter makes it. */
export class InMemoryJobRepository implements JobRepository {
  private readonly rows = new Map<string, Job>();

  async byId(id: JobId): Promise<Job | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async list(query: JobQuery): Promise<Page<Job>> {
    const matching = [...this.rows.values()]
      .filter((job) => job.ownerId === query.ownerId)
      .filter((job) => !query.types?.length || query.types.includes(job.type))
      .filter((job) => !query.projectId || job.projectId === query.projectId)
      .filter((job) => query.read === undefined || job.read === query.read)
      .sort(newestFirst)
      .map((job) => structuredClone(job));
    return pageInMemory(matching, query.page);
  }

  async insertIfBelowLimit(job: Job, limit: number): Promise<'saved' | 'limit-reached'> {
    const active = [...this.rows.values()].filter((other) => other.ownerId === job.ownerId && isActive(other)).length;
    if (active >= limit) return 'limit-reached';
    this.rows.set(job.id, structuredClone(job));
    return 'saved';
  }

  async update(job: Job, expected: readonly JobStatus[]): Promise<boolean> {
    const stored = this.rows.get(job.id);
    if (!stored || !expected.includes(stored.status)) return false;
    this.rows.set(job.id, structuredClone(job));
    return true;
  }

  async heartbeat(id: JobId, at: Date): Promise<boolean> {
    const stored = this.rows.get(id);
    if (!stored || stored.status !== 'running') return false;
    this.rows.set(id, { ...stored, heartbeatAt: at });
    return true;
  }

  async markRead(ownerId: string, ids: readonly string[], at: Date): Promise<number> {
    let count = 0;
    for (const id of ids) {
      const stored = this.rows.get(id);
      if (stored && stored.ownerId === ownerId && !stored.read) {
        this.rows.set(id, markedRead(stored, at));
        count++;
      }
    }
    return count;
  }

  async runningSilentSince(before: Date): Promise<Job[]> {
    return [...this.rows.values()]
      .filter((job) => job.status === 'running' && (job.heartbeatAt ?? job.updatedAt).getTime() < before.getTime())
      .map((job) => structuredClone(job));
  }

  async deleteAllOf(ownerId: string): Promise<void> {
    for (const [id, job] of this.rows) if (job.ownerId === ownerId) this.rows.delete(id);
  }
}
