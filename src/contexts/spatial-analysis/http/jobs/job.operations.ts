import type { ApiOperation } from '../../../../shared-kernel/api-description';
import { jobIdParams, jobListQuery, jobPageResponse, jobResponse, markedReadResponse, markReadBody } from './job.schemas';

const tag = 'Job';

export const jobOperations: ApiOperation[] = [
  { method: 'get', path: '/api/v2/job', tag, summary: 'List my jobs (filters: type, project_id, read)', query: jobListQuery, responses: { 200: { description: 'A page of jobs', schema: jobPageResponse } } },
  { method: 'put', path: '/api/v2/job/read', tag, summary: 'Mark jobs as read', body: markReadBody, responses: { 200: { description: 'How many were marked', schema: markedReadResponse } } },
  { method: 'put', path: '/api/v2/job/kill/:job_id', tag, summary: 'Stop a job (between its steps; what it wrote is undone)', params: jobIdParams, responses: { 200: { description: 'The killed job', schema: jobResponse } } },
  { method: 'get', path: '/api/v2/job/:job_id', tag, summary: 'Read a job: steps, status_simple, progress, layer_ids', params: jobIdParams, responses: { 200: { description: 'The job', schema: jobResponse } } },
];
