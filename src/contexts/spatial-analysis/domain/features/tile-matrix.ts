import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { FeatureErrors } from './features.errors';

/** A tile of the WebMercatorQuad tile matrix set (EPSG:3857, 256-pixel tiles, origin top left). */
export interface Tile {
  readonly z: number;
  readonly x: number;
  readonly y: number;
}

export const MAX_TILE_ZOOM = 22;
/** Half the width of the Web Mercator world, in metres. */
const HALF_WORLD = 20037508.342789244;

export type Bounds = readonly [minX: number, minY: number, maxX: number, maxY: number];

export function checkedTile(z: number, x: number, y: number): Result<Tile, DomainError> {
  if (!Number.isInteger(z) || z < 0 || z > MAX_TILE_ZOOM) return err(FeatureErrors.tileOutOfRange(`z must be an integer from 0 to ${MAX_TILE_ZOOM}`));
  const size = 2 ** z;
  if (!Number.isInteger(x) || x < 0 || x >= size) return err(FeatureErrors.tileOutOfRange(`x must be an integer from 0 to ${size - 1} at zoom ${z}`));
  if (!Number.isInteger(y) || y < 0 || y >= size) return err(FeatureErrors.tileOutOfRange(`y must be an integer from 0 to ${size - 1} at zoom ${z}`));
  return ok({ z, x, y });
}

/** The tile's extent in EPSG:3857 metres. */
export function tileBounds3857({ z, x, y }: Tile): Bounds {
  const span = (2 * HALF_WORLD) / 2 ** z;
  return [-HALF_WORLD + x * span, HALF_WORLD - (y + 1) * span, -HALF_WORLD + (x + 1) * span, HALF_WORLD - y * span];
}

const lonOf = (x: number, z: number): number => (x / 2 ** z) * 360 - 180;
const latOf = (y: number, z: number): number => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** The tile's extent in EPSG:4326 degrees, optionally grown by a fraction of the tile (the render buffer). */
export function tileBounds4326({ z, x, y }: Tile, buffer = 0): Bounds {
  return [lonOf(x - buffer, z), latOf(y + 1 + buffer, z), lonOf(x + 1 + buffer, z), latOf(y - buffer, z)];
}
