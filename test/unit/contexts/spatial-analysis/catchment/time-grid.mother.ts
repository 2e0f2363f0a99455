import { latToPixel, lonToPixel, UNREACHED, type TimeGrid } from '../../../../../src/contexts/spatial-analysis/domain/routing/time-grid';

/** Munich, where a zoom-13 cell is about 12.75 m on a side. */
export const MUNICH = { lon: 11.5755, lat: 48.1374 };

export const cellSizeMetres = (zoom: number, lat = MUNICH.lat): number =>
  (40_075_016.686 / (256 * 2 ** zoom)) * Math.cos((lat * Math.PI) / 180);

export function gridOf(width: number, height: number, valueAt: (x: number, y: number) => number, zoom = 13): TimeGrid {
  const values = new Int32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) values[y * width + x] = valueAt(x, y);
  return {
    zoom,
    west: Math.floor(lonToPixel(MUNICH.lon, zoom)) - Math.floor(width / 2),
    north: Math.floor(latToPixel(MUNICH.lat, zoom)) - Math.floor(height / 2),
    width,
    height,
    unit: 'seconds',
    values,
  };
}

/** A cone: one minute per cell from the centre, unreached beyond `radius` cells. */
export const coneGrid = (size: number, radius: number, zoom = 13): TimeGrid => {
  const c = Math.floor(size / 2);
  return gridOf(size, size, (x, y) => {
    const d = Math.hypot(x - c, y - c);
    return d > radius ? UNREACHED : Math.round(d * 60);
  }, zoom);
};

export const TimeGridMother = { gridOf, coneGrid };
