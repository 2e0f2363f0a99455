import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpGet, httpPost, httpPut, request, response } from 'inversify-express-utils';
import { toPageRequest } from '../../../../shared-kernel/http-schemas';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import type { ProjectId } from '../../domain/projects/project';
import type { FolderId } from '../../domain/workspace/folder';
import { CreateProject } from '../../application/projects/create-project.use-case';
import { DeleteProject } from '../../application/projects/delete-project.use-case';
import { GetInitialViewState } from '../../application/projects/get-initial-view-state.use-case';
import { GetProject } from '../../application/projects/get-project.use-case';
import { ListProjects } from '../../application/projects/list-projects.use-case';
import { SaveInitialViewState } from '../../application/projects/save-initial-view-state.use-case';
import { UpdateProject } from '../../application/projects/update-project.use-case';
import {
  fromViewStateBody,
  initialViewStateSchema,
  projectBody,
  projectIdParams,
  projectListQuery,
  projectUpdateBody,
  toProjectResponse,
  toViewStateResponse,
} from './project.schemas';

@controller('/api/v2/project')
export class ProjectController {
  constructor(
    @inject(CreateProject) private readonly createProject: CreateProject,
    @inject(ListProjects) private readonly listProjects: ListProjects,
    @inject(GetProject) private readonly getProject: GetProject,
    @inject(UpdateProject) private readonly updateProject: UpdateProject,
    @inject(DeleteProject) private readonly deleteProject: DeleteProject,
    @inject(GetInitialViewState) private readonly getViewState: GetInitialViewState,
    @inject(SaveInitialViewState) private readonly saveViewState: SaveInitialViewState,
  ) {}

  @httpPost('/')
  async create(@request() req: Request, @response() res: Response): Promise<void> {
    const body = parseRequest(projectBody, req.body, 'body');
    const project = unwrap(
      await this.createProject.execute(principalOf(req), {
        folderId: body.folder_id as FolderId,
        name: body.name,
        description: body.description,
        tags: body.tags,
        basemap: body.basemap,
        thumbnailUrl: body.thumbnail_url,
        builderConfig: body.builder_config,
      }),
    );
    res.status(201).json(toProjectResponse(project));
  }

  @httpGet('/')
  async list(@request() req: Request, @response() res: Response): Promise<void> {
    const query = parseRequest(projectListQuery, req.query, 'query');
    const page = await this.listProjects.execute(principalOf(req), { folderId: query.folder_id, search: query.search, page: toPageRequest(query) });
    res.json({ ...page, items: page.items.map(toProjectResponse) });
  }

  @httpGet('/:project_id')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    const view = unwrap(await this.getProject.execute(principalOf(req), project_id as ProjectId));
    res.json({ ...toProjectResponse(view.project), initial_view_state: toViewStateResponse(view.initialViewState) });
  }

  @httpPut('/:project_id')
  async update(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    const body = parseRequest(projectUpdateBody, req.body, 'body');
    const project = unwrap(
      await this.updateProject.execute(principalOf(req), project_id as ProjectId, {
        folderId: body.folder_id as FolderId | undefined,
        name: body.name,
        description: body.description,
        tags: body.tags,
        basemap: body.basemap,
        thumbnailUrl: body.thumbnail_url,
        builderConfig: body.builder_config,
        layerOrder: body.layer_order,
      }),
    );
    res.json(toProjectResponse(project));
  }

  @httpDelete('/:project_id')
  async remove(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    unwrap(await this.deleteProject.execute(principalOf(req), project_id as ProjectId));
    res.status(204).end();
  }

  @httpGet('/:project_id/initial-view-state')
  async readViewState(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    res.json(toViewStateResponse(unwrap(await this.getViewState.execute(principalOf(req), project_id as ProjectId))));
  }

  @httpPut('/:project_id/initial-view-state')
  async writeViewState(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    const body = parseRequest(initialViewStateSchema, req.body, 'body');
    const saved = unwrap(await this.saveViewState.execute(principalOf(req), project_id as ProjectId, fromViewStateBody(body)));
    res.json(toViewStateResponse(saved));
  }
}
