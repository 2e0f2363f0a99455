import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { offsetOf, pageOf, type Page } from '../../../../../shared-kernel/paging';
import type { Job, JobId, JobStatus, JobStep } from '../../../domain/jobs/job';
import type { JobQuery, JobRepository } from '../../../ports/jobs/job-repository.port';
import { JobRecord, JobSchema, type StoredJobStep } from './job.entity';

const date = (value: string | null): Date | null => (value ? new Date(value) : null);

const toDomain = (record: JobRecord): Job => ({
  id: record.id as JobId,
  ownerId: record.userId,
  projectId: record.projectId,
  type: record.type,
  status: record.statusSimple as JobStatus,
  steps: Object.fromEntries(
    Object.entries(record.status).map(([name, step]): [string, JobStep] => [
      name,
      { status: step.status as JobStatus, startedAt: date(step.started_at), endedAt: date(step.ended_at), message: step.message },
    ]),
  ),
  progress: record.progress,
  layerIds: record.layerIds,
  message: record.msgSimple,
  errorCode: record.errorCode,
  read: record.read,
  payload: record.payload,
  result: record.result,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
  heartbeatAt: record.heartbeatAt,
});

const toRecord = (job: Job): JobRecord => ({
  id: job.id,
  userId: job.ownerId,
  projectId: job.projectId,
  type: job.type,
  statusSimple: job.status,
  status: Object.fromEntries(
    Object.entries(job.steps).map(([name, step]): [string, StoredJobStep] => [
      name,
      { status: step.status, started_at: step.startedAt?.toISOString() ?? null, ended_at: step.endedAt?.toISOString() ?? null, message: step.message },
    ]),
  ),
  progress: job.progress,
  layerIds: [...job.layerIds],
  msgSimple: job.message,
  errorCode: job.errorCode,
  read: job.read,
  payload: { ...job.payload },
  result: job.result ? { ...job.result } : null,
  createdAt: job.createdAt,
  updatedAt: job.updatedAt,
  heartbeatAt: job.heartbeatAt,
});

/** Every status change is a compare-and-set in SQL, so a kill and a finishing worker cannot both win. */
export class MikroOrmJobRepository implements JobRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: JobId): Promise<Job | null> {
    const record = await this.em.fork().findOne(JobSchema, { id });
    return record ? toDomain(record) : null;
  }

  async list(query: JobQuery): Promise<Page<Job>> {
    const where: FilterQuery<JobRecord> = { userId: query.ownerId };
    if (query.types?.length) where.type = { $in: [...query.types] };
    if (query.projectId) where.projectId = query.projectId;
    if (query.read !== undefined) where.read = query.read;
    const [records, total] = await this.em.fork().findAndCount(JobSchema, where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: query.page.size,
      offset: offsetOf(query.page),
    });
    return pageOf(records.map(toDomain), total, query.page);
  }

  async insertIfBelowLimit(job: Job, limit: number): Promise<'saved' | 'limit-reached'> {
    return this.em.fork().transactional(async (tx) => {
      const connection = tx.getConnection();
      const context = tx.getTransactionContext();
      // One user's submissions queue up on this lock, so counting and inserting cannot interleave.
      await connection.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [`job-limit:${job.ownerId}`], 'all', context);
      const rows = await connection.execute<{ active: string }[]>(
        "SELECT count(*) AS active FROM spatial_analysis.job WHERE user_id = ? AND status_simple IN ('pending', 'running')",
        [job.ownerId],
        'all',
        context,
      );
      if (Number(rows[0]?.active ?? 0) >= limit) return 'limit-reached' as const;
      await tx.insert(JobSchema, toRecord(job));
      return 'saved' as const;
    });
  }

  async update(job: Job, expected: readonly JobStatus[]): Promise<boolean> {
    const { id: _id, ...fields } = toRecord(job);
    const changed = await this.em.fork().nativeUpdate(JobSchema, { id: job.id, statusSimple: { $in: [...expected] } }, fields);
    return changed > 0;
  }

  async heartbeat(id: JobId, at: Date): Promise<boolean> {
    return (await this.em.fork().nativeUpdate(JobSchema, { id, statusSimple: 'running' }, { heartbeatAt: at })) > 0;
  }

  async markRead(ownerId: string, ids: readonly string[], at: Date): Promise<number> {
    if (ids.length === 0) return 0;
    return this.em.fork().nativeUpdate(JobSchema, { id: { $in: [...ids] }, userId: ownerId, read: false }, { read: true, updatedAt: at });
  }

  async runningSilentSince(before: Date): Promise<Job[]> {
    const records = await this.em.fork().find(JobSchema, {
      statusSimple: 'running',
      $or: [{ heartbeatAt: { $lt: before } }, { heartbeatAt: null, updatedAt: { $lt: before } }],
    });
    return records.map(toDomain);
  }

  async deleteAllOf(ownerId: string): Promise<void> {
    await this.em.fork().nativeDelete(JobSchema, { userId: ownerId });
  }
}
