import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpGet, httpPut, request, response } from 'inversify-express-utils';
import { toPageRequest } from '../../../../shared-kernel/http-schemas';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import type { JobId } from '../../domain/jobs/job';
import { GetJob } from '../../application/jobs/get-job.use-case';
import { KillJob } from '../../application/jobs/kill-job.use-case';
import { ListJobs } from '../../application/jobs/list-jobs.use-case';
import { MarkJobsRead } from '../../application/jobs/mark-jobs-read.use-case';
import { jobIdParams, jobListQuery, markReadBody, toJobResponse } from './job.schemas';

@controller('/api/v2/job')
export class JobController {
  constructor(
    @inject(GetJob) private readonly getJob: GetJob,
    @inject(ListJobs) private readonly listJobs: ListJobs,
    @inject(MarkJobsRead) private readonly markRead: MarkJobsRead,
    @inject(KillJob) private readonly killJob: KillJob,
  ) {}

  @httpGet('/')
  async list(@request() req: Request, @response() res: Response): Promise<void> {
    const query = parseRequest(jobListQuery, req.query, 'query');
    const types = [...(query.type ?? []), ...(query.job_type ?? [])];
    const page = await this.listJobs.execute(principalOf(req), { types: types.length ? types : undefined, projectId: query.project_id, read: query.read, page: toPageRequest(query) });
    res.json({ ...page, items: page.items.map(toJobResponse) });
  }

  @httpPut('/read')
  async markAsRead(@request() req: Request, @response() res: Response): Promise<void> {
    const body = parseRequest(markReadBody, req.body, 'body');
    const ids = Array.isArray(body) ? body : body.job_ids;
    res.json({ updated: await this.markRead.execute(principalOf(req), ids) });
  }

  @httpPut('/kill/:job_id')
  async kill(@request() req: Request, @response() res: Response): Promise<void> {
    const { job_id } = parseRequest(jobIdParams, req.params, 'params');
    res.json(toJobResponse(unwrap(await this.killJob.execute(principalOf(req), job_id as JobId))));
  }

  @httpGet('/:job_id')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    const { job_id } = parseRequest(jobIdParams, req.params, 'params');
    res.json(toJobResponse(unwrap(await this.getJob.execute(principalOf(req), job_id as JobId))));
  }
}
