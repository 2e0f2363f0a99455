import { z } from 'zod';
import { pageOfSchema, pageQuery, uuidParam } from '../../../../shared-kernel/http-schemas';
import { JOB_STATUSES, type Job } from '../../domain/jobs/job';

export const jobIdParams = z.object({ job_id: uuidParam });

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((part) => String(part).split(',')).filter(Boolean)), z.array(item).optional());

export const jobListQuery = pageQuery.extend({
  type: list(z.string().max(100)),
  job_type: list(z.string().max(100)),
  project_id: uuidParam.optional(),
  read: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
});

/** GOAT's client sends the ids as a bare array; `{ job_ids: [...] }` is accepted too. */
export const markReadBody = z.union([z.array(uuidParam).max(1000), z.object({ job_ids: z.array(uuidParam).max(1000) })]);

const stepSchema = z.object({ status: z.enum(JOB_STATUSES as [string, ...string[]]), timestamp_start: z.string().nullable(), timestamp_end: z.string().nullable(), msg: z.string().nullable() });

export const jobResponse = z.object({
  id: z.uuid(),
  user_id: z.string(),
  project_id: z.string().nullable(),
  type: z.string(),
  status: z.record(z.string(), stepSchema),
  status_simple: z.enum(JOB_STATUSES as [string, ...string[]]),
  progress: z.number().int().min(0).max(100),
  layer_ids: z.array(z.string()),
  msg_simple: z.string().nullable(),
  error_code: z.string().nullable(),
  read: z.boolean(),
  payload: z.record(z.string(), z.unknown()),
  result: z.record(z.string(), z.unknown()).nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export const jobPageResponse = pageOfSchema(jobResponse);
export const jobCreatedResponse = z.object({ job_id: z.uuid() });
export const markedReadResponse = z.object({ updated: z.number().int() });

export const toJobResponse = (job: Job): z.infer<typeof jobResponse> => ({
  id: job.id,
  user_id: job.ownerId,
  project_id: job.projectId,
  type: job.type,
  status: Object.fromEntries(
    Object.entries(job.steps).map(([name, step]) => [
      name,
      { status: step.status, timestamp_start: step.startedAt?.toISOString() ?? null, timestamp_end: step.endedAt?.toISOString() ?? null, msg: step.message },
    ]),
  ),
  status_simple: job.status,
  progress: job.progress,
  layer_ids: [...job.layerIds],
  msg_simple: job.message,
  error_code: job.errorCode,
  read: job.read,
  payload: { ...job.payload },
  result: job.result ? { ...job.result } : null,
  created_at: job.createdAt.toISOString(),
  updated_at: job.updatedAt.toISOString(),
});
