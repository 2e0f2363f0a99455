import request from 'supertest';
import type { Application } from 'express';

export interface JobView {
  id: string;
  status_simple: string;
  layer_ids: string[];
  result: Record<string, unknown> | null;
  msg_simple: string | null;
  error_code: string | null;
  status: Record<string, { status: string }>;
  progress: number;
  read: boolean;
  payload: Record<string, unknown>;
}

/** Polls GET /job/{id} until the job has ended (or the time is up). */
export async function jobEnded(app: Application, token: string, jobId: string, timeoutMs = 60_000): Promise<JobView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const response = await request(app).get(`/api/v2/job/${jobId}`).set('Authorization', token);
    if (response.status !== 200) throw new Error(`GET /job/${jobId}: ${response.status} ${JSON.stringify(response.body)}`);
    const job = response.body as JobView;
    if (!['pending', 'running'].includes(job.status_simple)) return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job.status_simple} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function uploadFile(app: Application, token: string, path: string, fields: Record<string, string> = {}, fileName?: string) {
  let call = request(app).post('/api/v2/layer/file-upload').set('Authorization', token);
  for (const [name, value] of Object.entries(fields)) call = call.field(name, value);
  return call.attach('file', path, fileName ? { filename: fileName } : undefined);
}

/** Upload, then create the layer (feature or table), then wait for the import job. */
export async function importFile(
  app: Application,
  token: string,
  path: string,
  options: { folderId: string; kind?: 'feature-standard' | 'table'; projectId?: string; name?: string; fields?: Record<string, string> },
): Promise<{ datasetId: string; job: JobView; layerId: string }> {
  const upload = await uploadFile(app, token, path, options.fields);
  if (upload.status !== 201) throw new Error(`upload of ${path}: ${upload.status} ${JSON.stringify(upload.body)}`);
  const created = await request(app)
    .post(`/api/v2/layer/${options.kind ?? 'feature-standard'}${options.projectId ? `?project_id=${options.projectId}` : ''}`)
    .set('Authorization', token)
    .send({ dataset_id: upload.body.dataset_id, folder_id: options.folderId, name: options.name ?? 'Imported' });
  if (created.status !== 201) throw new Error(`create layer: ${created.status} ${JSON.stringify(created.body)}`);
  const job = await jobEnded(app, token, created.body.job_id);
  return { datasetId: upload.body.dataset_id, job, layerId: job.layer_ids[0] };
}
