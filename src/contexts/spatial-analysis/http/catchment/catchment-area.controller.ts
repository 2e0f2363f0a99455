import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpPost, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import type { z } from 'zod';
import { AnswerCatchmentArea } from '../../application/catchment/answer-catchment-area.use-case';
import { StartCatchmentAreaJob } from '../../application/catchment/start-catchment-area-job.use-case';
import type { ProjectId } from '../../domain/projects/project';
import { toCatchmentAreaRequest } from './catchment-area.mapper';
import {
  activeMobilityCatchmentAreaBody,
  carCatchmentAreaBody,
  catchmentAreaBody,
  catchmentProjectQuery,
  ptCatchmentAreaBody,
  type CatchmentAreaBody,
} from './catchment-area.schemas';

/** The four catchment-area routes: three tools that run as jobs, one synchronous answer. */
@controller('/api/v2')
export class CatchmentAreaController {
  constructor(
    @inject(AnswerCatchmentArea) private readonly answer: AnswerCatchmentArea,
    @inject(StartCatchmentAreaJob) private readonly startJob: StartCatchmentAreaJob,
  ) {}

  /** Authenticated by the platform (not a public operation); rate-limited as expensive. */
  @httpPost('/routing/catchment-area')
  async now(@request() req: Request, @response() res: Response): Promise<void> {
    const body = parseRequest(catchmentAreaBody, req.body, 'body');
    const computed = unwrap(await this.answer.execute(toCatchmentAreaRequest(body)));
    const started = performance.now();
    const text = JSON.stringify(computed.featureCollection);
    const { search, gridding, contouring, serialising } = computed.timings.ms;
    // Where the time went, for browsers' dev tools and the benchmark (JSON text counts as serialising).
    const phases = { search, gridding, contouring, serialising: serialising + performance.now() - started };
    res.set('Server-Timing', Object.entries(phases).map(([name, ms]) => `${name};dur=${ms.toFixed(2)}`).join(', '));
    res.status(200).type('application/geo+json').send(text);
  }

  @httpPost('/active-mobility/catchment-area')
  async activeMobility(@request() req: Request, @response() res: Response): Promise<void> {
    await this.start(req, res, activeMobilityCatchmentAreaBody);
  }

  @httpPost('/motorized-mobility/car/catchment-area')
  async car(@request() req: Request, @response() res: Response): Promise<void> {
    await this.start(req, res, carCatchmentAreaBody);
  }

  @httpPost('/motorized-mobility/pt/catchment-area')
  async publicTransport(@request() req: Request, @response() res: Response): Promise<void> {
    await this.start(req, res, ptCatchmentAreaBody);
  }

  private async start(req: Request, res: Response, schema: z.ZodType<CatchmentAreaBody>): Promise<void> {
    const principal = principalOf(req);
    const { project_id } = parseRequest(catchmentProjectQuery, req.query, 'query');
    const body = parseRequest(schema, req.body, 'body');
    const job = unwrap(
      await this.startJob.execute(principal, { projectId: project_id as ProjectId, request: toCatchmentAreaRequest(body), body: req.body as Record<string, unknown> }),
    );
    res.status(201).json({ job_id: job.id });
  }
}
