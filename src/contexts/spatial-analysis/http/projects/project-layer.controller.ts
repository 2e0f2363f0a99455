import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpGet, httpPost, httpPut, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import type { LayerId } from '../../domain/layers/layer';
import type { ProjectId } from '../../domain/projects/project';
import { AddLayersToProject } from '../../application/projects/add-layers-to-project.use-case';
import { GetProjectLayer } from '../../application/projects/get-project-layer.use-case';
import { ListProjectLayers } from '../../application/projects/list-project-layers.use-case';
import { RemoveProjectLayer } from '../../application/projects/remove-project-layer.use-case';
import { UpdateProjectLayer } from '../../application/projects/update-project-layer.use-case';
import { addLayersQuery, projectIdParams, projectLayerParams, projectLayerUpdateBody, removeLayerQuery, toProjectLayerResponse } from './project.schemas';

/** Layers as placed in a project, addressed by GOAT's integer layer_project_id. */
@controller('/api/v2/project')
export class ProjectLayerController {
  constructor(
    @inject(AddLayersToProject) private readonly addLayers: AddLayersToProject,
    @inject(ListProjectLayers) private readonly listLayers: ListProjectLayers,
    @inject(GetProjectLayer) private readonly getLayer: GetProjectLayer,
    @inject(UpdateProjectLayer) private readonly updateLayer: UpdateProjectLayer,
    @inject(RemoveProjectLayer) private readonly removeLayer: RemoveProjectLayer,
  ) {}

  @httpPost('/:project_id/layer')
  async add(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    const { layer_ids } = parseRequest(addLayersQuery, req.query, 'query');
    const added = unwrap(await this.addLayers.execute(principalOf(req), project_id as ProjectId, layer_ids as LayerId[]));
    res.json(added.map(toProjectLayerResponse));
  }

  @httpGet('/:project_id/layer')
  async list(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    res.json(unwrap(await this.listLayers.execute(principalOf(req), project_id as ProjectId)).map(toProjectLayerResponse));
  }

  @httpGet('/:project_id/layer/:layer_project_id')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id, layer_project_id } = parseRequest(projectLayerParams, req.params, 'params');
    res.json(toProjectLayerResponse(unwrap(await this.getLayer.execute(principalOf(req), project_id as ProjectId, layer_project_id))));
  }

  @httpPut('/:project_id/layer/:layer_project_id')
  async update(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id, layer_project_id } = parseRequest(projectLayerParams, req.params, 'params');
    const body = parseRequest(projectLayerUpdateBody, req.body, 'body');
    const updated = unwrap(
      await this.updateLayer.execute(principalOf(req), project_id as ProjectId, layer_project_id, {
        name: body.name,
        group: body.group,
        properties: body.properties,
        otherProperties: body.other_properties,
        query: body.query,
        charts: body.charts,
      }),
    );
    res.json(toProjectLayerResponse(updated));
  }

  @httpDelete('/:project_id/layer')
  async remove(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(projectIdParams, req.params, 'params');
    const { layer_project_id } = parseRequest(removeLayerQuery, req.query, 'query');
    unwrap(await this.removeLayer.execute(principalOf(req), project_id as ProjectId, layer_project_id));
    res.status(204).end();
  }
}
