import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpGet, httpPost, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import type { ProjectId } from '../../domain/projects/project';
import { GetPublishedProject } from '../../application/projects/get-published-project.use-case';
import { PublishProject } from '../../application/projects/publish-project.use-case';
import { UnpublishProject } from '../../application/projects/unpublish-project.use-case';
import { projectIdParams, toPublishedProjectResponse } from './project.schemas';

@controller('/api/v2/project')
export class ProjectPublicationController {
  constructor(
    @inject(PublishProject) private readonly publishProject: PublishProject,
    @inject(UnpublishProject) private readonly unpublishProject: UnpublishProject,
    @inject(GetPublishedProject) private readonly getPublished: GetPublishedProject,
  ) {}

  @httpPost('/:project_id/publish')
  async publish(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    res.json(toPublishedProjectResponse(unwrap(await this.publishProject.execute(principalOf(req), project_id as ProjectId))));
  }

  @httpDelete('/:project_id/unpublish')
  async unpublish(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    unwrap(await this.unpublishProject.execute(principalOf(req), project_id as ProjectId));
    res.status(204).end();
  }

  /** Public: served without authentication (see project.operations.ts). */
  @httpGet('/:project_id/public')
  async readPublic(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    res.json(toPublishedProjectResponse(unwrap(await this.getPublished.execute(project_id as ProjectId))));
  }
}
