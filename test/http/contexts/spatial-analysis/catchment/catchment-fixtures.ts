import path from 'node:path';
import { latToPixel, lonToPixel } from '../../../../../src/contexts/spatial-analysis/domain/routing/time-grid';
import { encodeAccessGrid } from '../../../../unit/contexts/spatial-analysis/r5/access-grid.encoder';

export const MONACO_PBF = path.resolve(__dirname, '../../../../../../shared/data/osm/monaco.osm.pbf');
/** Place du Casino, Monte Carlo: on the street network. */
export const ORIGIN = { lat: 43.7396, lon: 7.4276 };

/** A 21×21 zoom-9 grid around the origin: 4 minutes per cell away from it (Chebyshev). */
export function gridAroundOrigin(): Buffer {
  const [cx, cy] = [Math.floor(lonToPixel(ORIGIN.lon, 9)), Math.floor(latToPixel(ORIGIN.lat, 9))];
  const size = 21;
  const minutes = Array.from({ length: size * size }, (_, i) => Math.max(Math.abs((i % size) - 10), Math.abs(Math.floor(i / size) - 10)) * 4);
  return encodeAccessGrid({ zoom: 9, west: cx - 10, north: cy - 10, width: size, height: size }, [minutes]);
}

/** r5 settings for a local stand-in: short deadline, one retry. */
export const r5Env = (url: string, extra: Record<string, string> = {}): Record<string, string> => ({
  R5_URL: url,
  R5_REGION_ID: 'region-1',
  R5_BUNDLE_ID: 'bundle-1',
  R5_TIMEOUT_MS: '600',
  R5_MAX_RETRIES: '1',
  ...extra,
});
