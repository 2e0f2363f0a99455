import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpGet, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import { GetVectorTile } from '../../application/features/get-vector-tile.use-case';
import { OGC_BASE } from './ogc-documents';
import { tileQuery } from './ogc-features.schemas';
import { sendVectorTile, tilePathOf } from './vector-tile.response';

/** Tiles depend on who asks (access) and change with edits: cache privately, revalidate by ETag. */
const CACHE_CONTROL = 'private, max-age=60, must-revalidate';

/** Mapbox Vector Tiles in WebMercatorQuad; the ETag is a hash of the tile's bytes. */
@controller(`${OGC_BASE}/collections/:layer_id/tiles`)
export class OgcVectorTileController {
  constructor(@inject(GetVectorTile) private readonly getVectorTile: GetVectorTile) {}

  @httpGet('/:z/:x/:y')
  async tile(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id, z, x, y } = tilePathOf(req.params);
    const query = parseRequest(tileQuery, req.query, 'query');
    const tile = unwrap(await this.getVectorTile.execute(principalOf(req), layer_id, { z, x, y }, { filter: query.filter, filterLang: query['filter-lang'], properties: query.properties }));
    res.vary('Authorization');
    sendVectorTile(req, res, tile, CACHE_CONTROL);
  }
}
