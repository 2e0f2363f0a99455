import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpGet, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { toPageRequest } from '../../../../shared-kernel/http-schemas';
import { parseRequest } from '../../../../shared-kernel/validation';
import { GetCollection } from '../../application/features/get-collection.use-case';
import { GetFeature } from '../../application/features/get-feature.use-case';
import { ListCollections } from '../../application/features/list-collections.use-case';
import { ListFeatures } from '../../application/features/list-features.use-case';
import { itemsInputOf, sendFeatureCollection } from './feature-collection.response';
import { CONFORMANCE, GEOJSON, OGC_BASE, baseUrlOf, collectionDocument, featureDocument, landingPage, queryablesDocument, withQuery } from './ogc-documents';
import { collectionParams, collectionsQuery, featureParams, itemsQuery } from './ogc-features.schemas';

/** OGC API - Features Part 1 (core, GeoJSON) and Part 3 (CQL2 filtering) over the caller's layers. */
@controller(OGC_BASE)
export class OgcFeaturesController {
  constructor(
    @inject(ListCollections) private readonly listCollections: ListCollections,
    @inject(GetCollection) private readonly getCollection: GetCollection,
    @inject(ListFeatures) private readonly listFeatures: ListFeatures,
    @inject(GetFeature) private readonly getFeature: GetFeature,
  ) {}

  @httpGet('/')
  landing(@request() req: Request, @response() res: Response): void {
    res.json(landingPage(baseUrlOf(req)));
  }

  @httpGet('/conformance')
  conformance(@request() _req: Request, @response() res: Response): void {
    res.json({ conformsTo: CONFORMANCE });
  }

  @httpGet('/collections')
  async collections(@request() req: Request, @response() res: Response): Promise<void> {
    const query = parseRequest(collectionsQuery, req.query, 'query');
    const base = baseUrlOf(req);
    const page = await this.listCollections.execute(principalOf(req), toPageRequest(query));
    const links = [{ href: withQuery(base, req, {}), rel: 'self', type: 'application/json' }];
    if (page.page < page.pages) links.push({ href: withQuery(base, req, { page: page.page + 1, size: page.size }), rel: 'next', type: 'application/json' });
    if (page.page > 1) links.push({ href: withQuery(base, req, { page: page.page - 1, size: page.size }), rel: 'prev', type: 'application/json' });
    res.json({ collections: page.items.map((layer) => collectionDocument(base, layer)), links, numberMatched: page.total, numberReturned: page.items.length });
  }

  @httpGet('/collections/:layer_id')
  async collection(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id } = parseRequest(collectionParams, req.params, 'params');
    const opened = unwrap(await this.getCollection.execute(principalOf(req), layer_id));
    res.json(collectionDocument(baseUrlOf(req), opened.layer));
  }

  @httpGet('/collections/:layer_id/queryables')
  async queryables(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id } = parseRequest(collectionParams, req.params, 'params');
    const opened = unwrap(await this.getCollection.execute(principalOf(req), layer_id));
    res.type('application/schema+json').send(JSON.stringify(queryablesDocument(baseUrlOf(req), opened.layer, opened.features)));
  }

  @httpGet('/collections/:layer_id/items')
  async items(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id } = parseRequest(collectionParams, req.params, 'params');
    const query = parseRequest(itemsQuery, req.query, 'query');
    const listed = unwrap(await this.listFeatures.execute(principalOf(req), layer_id, itemsInputOf(query)));
    sendFeatureCollection(req, res, layer_id, listed, `${OGC_BASE}/collections`);
  }

  @httpGet('/collections/:layer_id/items/:feature_id')
  async item(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id, feature_id } = parseRequest(featureParams, req.params, 'params');
    const found = unwrap(await this.getFeature.execute(principalOf(req), layer_id, feature_id));
    res.type(GEOJSON).send(JSON.stringify(featureDocument(baseUrlOf(req), layer_id, found.feature)));
  }
}
