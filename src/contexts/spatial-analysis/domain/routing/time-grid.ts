/**
 * A travel-cost surface on Web Mercator pixels, the model r5 answers with (ACCESSGR) and the one our
 * built-in engine fills, so a single contouring path serves every engine.
 * Cell (x, y) is absolute pixel (west + x, north + y) at `zoom` in 256-px tiles; values row-major.
 */
export const UNREACHED = 2147483647;

export interface TimeGrid {
  readonly zoom: number;
  readonly west: number;
  readonly north: number;
  readonly width: number;
  readonly height: number;
  /** Seconds for time limits, metres for distance limits (r5's minutes are converted on decoding). */
  readonly unit: 'seconds' | 'metres';
  readonly values: Int32Array;
}

const TILE_SIZE = 256;

export const pixelToLon = (px: number, zoom: number): number => (px / (TILE_SIZE * 2 ** zoom)) * 360 - 180;

export const pixelToLat = (py: number, zoom: number): number =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / (TILE_SIZE * 2 ** zoom)))) * 180) / Math.PI;

export const lonToPixel = (lon: number, zoom: number): number => ((lon + 180) / 360) * TILE_SIZE * 2 ** zoom;

export const latToPixel = (lat: number, zoom: number): number => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE_SIZE * 2 ** zoom;
};
