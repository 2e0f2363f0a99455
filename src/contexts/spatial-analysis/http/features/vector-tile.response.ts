import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { VectorTile } from '../../application/features/get-vector-tile.use-case';
import { FeatureErrors } from '../../domain/features/features.errors';
import { tileParams } from './ogc-features.schemas';

export const MVT = 'application/vnd.mapbox-vector-tile';

const matches = (ifNoneMatch: string | undefined, etag: string): boolean =>
  !!ifNoneMatch && (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));

/** Layer id and z/x/y from the path (a `.mvt` or `.pbf` suffix on y is accepted); out of range is 422. */
export function tilePathOf(params: Record<string, string | undefined>): { layer_id: string; z: number; x: number; y: number } {
  const parsed = tileParams.safeParse({ ...params, y: String(params.y ?? '').replace(/\.(mvt|pbf)$/, '') });
  if (!parsed.success) throw FeatureErrors.tileOutOfRange(`z is 0 to 22 and x, y are whole numbers (${parsed.error.issues[0]?.path.join('/')} is not)`);
  return parsed.data;
}

/** 204 when empty; otherwise the bytes with an ETag (hash of the bytes) and 304 on If-None-Match. */
export function sendVectorTile(req: Request, res: Response, tile: VectorTile, cacheControl: string): void {
  res.set('Cache-Control', cacheControl);
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
