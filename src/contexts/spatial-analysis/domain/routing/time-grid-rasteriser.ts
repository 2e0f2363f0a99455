import { costAlong, type ReachedStreet } from './reached-streets';
import { latToPixel, lonToPixel, type TimeGrid, UNREACHED } from './time-grid';

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

export interface RasterOptions {
  readonly zoom: number;
  readonly budget: number;
  readonly unit: 'seconds' | 'metres';
  /** Cost per metre walked off the network to fill cells near streets. */
  readonly offNetworkPerMetre: number;
  /** How far (m) off the network a cell still gets a value (GOAT: nearest reached point within 200 m). */
  readonly offNetworkMetres: number;
  /** Refuses grids larger than this many cells. */
  readonly maxCells: number;
}

export const cellSizeMetres = (lat: number, zoom: number): number =>
  (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom);

/**
 * Paints reached streets onto a Web Mercator grid: each street is sampled at least once per cell
 * and a cell keeps its cheapest sample; then cells within `offNetworkMetres` of a painted cell get
 * that cost plus the walk to them (two-pass chamfer propagation, 8 neighbours). Null when too large.
 */
export function rasteriseTimeGrid(streets: readonly ReachedStreet[], options: RasterOptions): TimeGrid | null {
  const { zoom, budget } = options;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let latSum = 0;
  let latCount = 0;
  for (const street of streets) {
    for (const [lon, lat] of street.coordinates) {
      const x = lonToPixel(lon, zoom);
      const y = latToPixel(lat, zoom);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      latSum += lat;
      latCount++;
    }
  }
  const cellMetres = cellSizeMetres(latCount > 0 ? latSum / latCount : 0, zoom);
  const margin = Math.ceil(options.offNetworkMetres / cellMetres) + 1;
  if (latCount === 0) return { zoom, west: 0, north: 0, width: 0, height: 0, unit: options.unit, values: new Int32Array(0) };
  const west = Math.floor(minX) - margin;
  const north = Math.floor(minY) - margin;
  const width = Math.floor(maxX) + margin - west + 1;
  const height = Math.floor(maxY) + margin - north + 1;
  if (width * height > options.maxCells) return null;

  const cost = new Float64Array(width * height).fill(Infinity);
  const off = new Float32Array(width * height);
  for (const street of streets) paintStreet(street, cost, { zoom, west, north, width, budget, cellMetres });
  fillNearNetwork(cost, off, width, height, cellMetres, options);

  const values = new Int32Array(width * height);
  for (let i = 0; i < values.length; i++) values[i] = cost[i] <= budget ? Math.round(cost[i]) : UNREACHED;
  return { zoom, west, north, width, height, unit: options.unit, values };
}

interface Frame {
  readonly zoom: number;
  readonly west: number;
  readonly north: number;
  readonly width: number;
  readonly budget: number;
  readonly cellMetres: number;
}

function paintStreet(street: ReachedStreet, cost: Float64Array, frame: Frame): void {
  const points = street.coordinates.map(([lon, lat]) => [lonToPixel(lon, frame.zoom) - frame.west, latToPixel(lat, frame.zoom) - frame.north]);
  // Pixel lengths scaled to the street's metric length, so costs match the search exactly at the ends.
  let pixelLength = 0;
  for (let i = 1; i < points.length; i++) pixelLength += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  const metresPerPixel = pixelLength > 0 ? street.lengthMetres / pixelLength : 0;
  let along = 0;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const partPixels = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.ceil(partPixels * 2));
    for (let k = i === 1 ? 0 : 1; k <= steps; k++) {
      const t = k / steps;
      const value = costAlong(street, along + t * partPixels * metresPerPixel);
      if (value > frame.budget) continue;
      const cell = Math.floor(y0 + t * (y1 - y0)) * frame.width + Math.floor(x0 + t * (x1 - x0));
      if (value < cost[cell]) cost[cell] = value;
    }
    along += partPixels * metresPerPixel;
  }
}

function fillNearNetwork(cost: Float64Array, off: Float32Array, width: number, height: number, cellMetres: number, options: RasterOptions): void {
  const straight = cellMetres;
  const diagonal = cellMetres * Math.SQRT2;
  const limit = options.offNetworkMetres;
  const perMetre = options.offNetworkPerMetre;
  const relax = (to: number, from: number, step: number): void => {
    const value = cost[from] + step * perMetre;
    const distance = off[from] + step;
    if (value < cost[to] && distance <= limit) {
      cost[to] = value;
      off[to] = distance;
    }
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (x > 0) relax(i, i - 1, straight);
      if (y > 0) {
        relax(i, i - width, straight);
        if (x > 0) relax(i, i - width - 1, diagonal);
        if (x < width - 1) relax(i, i - width + 1, diagonal);
      }
    }
  }
  for (let y = height - 1; y >= 0; y--) {
    for (let x = width - 1; x >= 0; x--) {
      const i = y * width + x;
      if (x < width - 1) relax(i, i + 1, straight);
      if (y < height - 1) {
        relax(i, i + width, straight);
        if (x < width - 1) relax(i, i + width + 1, diagonal);
        if (x > 0) relax(i, i + width - 1, diagonal);
      }
    }
  }
}
