import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpGet, request, response } from 'inversify-express-utils';
import { unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import { GetFeature } from '../../application/features/get-feature.use-case';
import { GetVectorTile } from '../../application/features/get-vector-tile.use-case';
import { ListFeatures } from '../../application/features/list-features.use-case';
import { itemsInputOf, sendFeatureCollection } from './feature-collection.response';
import { GEOJSON, baseUrlOf, featureDocument } from './ogc-documents';
import { itemsQuery, publicCollectionParams, publicFeatureParams, publishedProjectParams, tileQuery } from './ogc-features.schemas';
import { sendVectorTile, tilePathOf } from './vector-tile.response';

export const PUBLISHED_PROJECT_BASE = '/api/v2/public/project';
/** Anyone may read, so shared caches may keep a tile briefly; unpublishing shows within a minute. */
const CACHE_CONTROL = 'public, max-age=60, must-revalidate';

const collectionsOf = (projectId: string): string => `${PUBLISHED_PROJECT_BASE}/${projectId}/collections`;

/**
 * The layers of a published project, read without signing in (see features.operations.ts: public):
 * only layers its snapshot shows, only while it is published; anything else is 404.
 */
@controller(`${PUBLISHED_PROJECT_BASE}/:project_id/collections/:layer_id`)
export class PublishedProjectFeaturesController {
  constructor(
    @inject(ListFeatures) private readonly listFeatures: ListFeatures,
    @inject(GetFeature) private readonly getFeature: GetFeature,
    @inject(GetVectorTile) private readonly getVectorTile: GetVectorTile,
  ) {}

  @httpGet('/items')
  async items(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id, layer_id } = parseRequest(publicCollectionParams, req.params, 'params');
    const query = parseRequest(itemsQuery, req.query, 'query');
    const listed = unwrap(await this.listFeatures.execute({ publishedProjectId: project_id }, layer_id, itemsInputOf(query)));
    sendFeatureCollection(req, res, layer_id, listed, collectionsOf(project_id));
  }

  @httpGet('/items/:feature_id')
  async item(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id, layer_id, feature_id } = parseRequest(publicFeatureParams, req.params, 'params');
    const found = unwrap(await this.getFeature.execute({ publishedProjectId: project_id }, layer_id, feature_id));
    res.type(GEOJSON).send(JSON.stringify(featureDocument(baseUrlOf(req), layer_id, found.feature, true, collectionsOf(project_id))));
  }

  @httpGet('/tiles/:z/:x/:y')
  async tile(@request() req: Request, @response() res: Response): Promise<void> {
    const { project_id } = parseRequest(publishedProjectParams, { project_id: req.params.project_id }, 'params');
    const { layer_id, z, x, y } = tilePathOf(req.params);
    const query = parseRequest(tileQuery, req.query, 'query');
    const tile = unwrap(await this.getVectorTile.execute({ publishedProjectId: project_id }, layer_id, { z, x, y }, { filter: query.filter, filterLang: query['filter-lang'], properties: query.properties }));
    sendVectorTile(req, res, tile, CACHE_CONTROL);
  }
}
