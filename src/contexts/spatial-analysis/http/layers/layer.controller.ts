import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpGet, httpPost, httpPut, request, response } from 'inversify-express-utils';
import { toPageRequest } from '../../../../shared-kernel/http-schemas';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import type { FeatureLayerType, LayerId, LayerType } from '../../domain/layers/layer';
import type { FolderId } from '../../domain/workspace/folder';
import { CreateRasterLayer } from '../../application/layers/create-raster-layer.use-case';
import { DeleteLayer } from '../../application/layers/delete-layer.use-case';
import { GetLayer } from '../../application/layers/get-layer.use-case';
import { ListLayers } from '../../application/layers/list-layers.use-case';
import { UpdateLayer } from '../../application/layers/update-layer.use-case';
import { layerIdParams, layerListBody, layerListQuery, layerUpdateBody, rasterLayerBody, toLayerResponse } from './layer.schemas';

@controller('/api/v2/layer')
export class LayerController {
  constructor(
    @inject(ListLayers) private readonly listLayers: ListLayers,
    @inject(GetLayer) private readonly getLayer: GetLayer,
    @inject(UpdateLayer) private readonly updateLayer: UpdateLayer,
    @inject(DeleteLayer) private readonly deleteLayer: DeleteLayer,
    @inject(CreateRasterLayer) private readonly createRaster: CreateRasterLayer,
  ) {}

  /** GOAT lists layers with POST so the filters travel in the body. */
  @httpPost('/')
  async list(@request() req: Request, @response() res: Response): Promise<void> {
    const query = parseRequest(layerListQuery, req.query, 'query');
    const body = parseRequest(layerListBody, req.body ?? {}, 'body');
    const page = await this.listLayers.execute(principalOf(req), {
      folderId: body.folder_id,
      types: body.type as LayerType[] | undefined,
      featureLayerTypes: body.feature_layer_type as FeatureLayerType[] | undefined,
      search: body.search,
      page: toPageRequest(query),
    });
    res.json({ ...page, items: page.items.map(toLayerResponse) });
  }

  @httpPost('/raster')
  async createRasterLayer(@request() req: Request, @response() res: Response): Promise<void> {
    const body = parseRequest(rasterLayerBody, req.body, 'body');
    const layer = unwrap(
      await this.createRaster.execute(principalOf(req), {
        folderId: body.folder_id as FolderId,
        url: body.url,
        dataType: body.data_type,
        metadata: {
          name: body.name,
          description: body.description,
          tags: body.tags,
          license: body.license,
          attribution: body.attribution,
          dataReferenceYear: body.data_reference_year,
        },
      }),
    );
    res.status(201).json(toLayerResponse(layer));
  }

  @httpGet('/:layer_id')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id } = parseRequest(layerIdParams, req.params, 'params');
    res.json(toLayerResponse(unwrap(await this.getLayer.execute(principalOf(req), layer_id as LayerId))));
  }

  @httpPut('/:layer_id')
  async update(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id } = parseRequest(layerIdParams, req.params, 'params');
    const body = parseRequest(layerUpdateBody, req.body, 'body');
    const layer = unwrap(
      await this.updateLayer.execute(principalOf(req), layer_id as LayerId, {
        name: body.name,
        folderId: body.folder_id as FolderId | undefined,
        description: body.description,
        tags: body.tags,
        license: body.license,
        attribution: body.attribution,
        dataReferenceYear: body.data_reference_year,
        properties: body.properties,
        otherProperties: body.other_properties,
      }),
    );
    res.json(toLayerResponse(layer));
  }

  @httpDelete('/:layer_id')
  async remove(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id } = parseRequest(layerIdParams, req.params, 'params');
    unwrap(await this.deleteLayer.execute(principalOf(req), layer_id as LayerId));
    res.status(204).end();
  }
}
