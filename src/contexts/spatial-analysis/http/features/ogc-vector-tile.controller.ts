import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpGet, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import { GetVectorTile } from '../../application/features/get-vector-tile.use-case';
import { FeatureErrors } from '../../domain/features/features.errors';
import { OGC_BASE } from './ogc-documents';
import { tileParams, tileQuery } from './ogc-features.schemas';

export const MVT = 'application/vnd.mapbox-vector-tile';
/** Tiles depend on who asks (access) and change with edits: cache privately, revalidate by ETag. */
const CACHE_CONTROL = 'private, max-age=60, must-revalidate';

const matches = (ifNoneMatch: string | undefined, etag: string): boolean =>
  !!ifNoneMatch && (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));

/** Mapbox Vector Tiles in WebMercatorQuad; the ETag is a hash of the tile's bytes. */
@controller(`${OGC_BASE}/collections/:layer_id/tiles`)
export class OgcVectorTileController {
  constructor(@inject(GetVectorTile) private readonly getVectorTile: GetVectorTile) {}

  @httpGet('/:z/:x/:y')
  async tile(@request() req: Request, @response() res: Response): Promise<void> {
    const raw = { ...req.params, y: String(req.params.y ?? '').replace(/\.(mvt|pbf)$/, '') };
    const parsed = tileParams.safeParse(raw);
    if (!parsed.success) throw FeatureErrors.tileOutOfRange(`z is 0 to 22 and x, y are whole numbers (${parsed.error.issues[0]?.path.join('/')} is not)`);
    const { layer_id, z, x, y } = parsed.data;
    const query = parseRequest(tileQuery, req.query, 'query');
    const tile = unwrap(await this.getVectorTile.execute(principalOf(req), layer_id, { z, x, y }, { filter: query.filter, filterLang: query['filter-lang'], properties: query.properties }));
    res.set('Cache-Control', CACHE_CONTROL);
    res.vary('Authorization');
    if (tile.bytes.length === 0) {
      res.status(204).end();
      return;
    }
    const etag = `"${createHash('sha256').update(tile.bytes).digest('base64url').slice(0, 32)}"`;
    res.set('ETag', etag);
    if (matches(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    res.type(MVT).send(Buffer.from(tile.bytes.buffer, tile.bytes.byteOffset, tile.bytes.byteLength));
  }
}
