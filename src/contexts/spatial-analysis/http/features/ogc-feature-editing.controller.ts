import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpPatch, httpPost, httpPut, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import { CreateFeature } from '../../application/features/create-feature.use-case';
import { DeleteFeature } from '../../application/features/delete-feature.use-case';
import { UpdateFeature } from '../../application/features/update-feature.use-case';
import { GEOJSON, OGC_BASE, baseUrlOf, featureDocument } from './ogc-documents';
import { collectionParams, featureBody, featureParams } from './ogc-features.schemas';

/** OGC API - Features Part 4 (create, replace, update, delete) for layers the caller may edit. */
@controller(`${OGC_BASE}/collections/:layer_id/items`)
export class OgcFeatureEditingController {
  constructor(
    @inject(CreateFeature) private readonly createFeature: CreateFeature,
    @inject(UpdateFeature) private readonly updateFeature: UpdateFeature,
    @inject(DeleteFeature) private readonly deleteFeature: DeleteFeature,
  ) {}

  @httpPost('/')
  async create(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id } = parseRequest(collectionParams, req.params, 'params');
    const body = parseRequest(featureBody, req.body, 'body');
    const feature = unwrap(await this.createFeature.execute(principalOf(req), layer_id, { geometry: body.geometry, properties: body.properties ?? {} }));
    const document = featureDocument(baseUrlOf(req), layer_id, feature);
    res.status(201).location(document.links?.[0].href ?? '').type(GEOJSON).send(JSON.stringify(document));
  }

  @httpPut('/:feature_id')
  async replace(@request() req: Request, @response() res: Response): Promise<void> {
    await this.update(req, res, 'replace');
  }

  @httpPatch('/:feature_id')
  async patch(@request() req: Request, @response() res: Response): Promise<void> {
    await this.update(req, res, 'patch');
  }

  @httpDelete('/:feature_id')
  async remove(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id, feature_id } = parseRequest(featureParams, req.params, 'params');
    unwrap(await this.deleteFeature.execute(principalOf(req), layer_id, feature_id));
    res.status(204).end();
  }

  private async update(req: Request, res: Response, mode: 'replace' | 'patch'): Promise<void> {
    const { layer_id, feature_id } = parseRequest(featureParams, req.params, 'params');
    const body = parseRequest(featureBody, req.body, 'body');
    const content = mode === 'replace' ? { geometry: body.geometry, properties: body.properties ?? {} } : { geometry: body.geometry, properties: body.properties ?? undefined };
    const feature = unwrap(await this.updateFeature.execute(principalOf(req), layer_id, feature_id, content, mode));
    res.type(GEOJSON).send(JSON.stringify(featureDocument(baseUrlOf(req), layer_id, feature)));
  }
}
