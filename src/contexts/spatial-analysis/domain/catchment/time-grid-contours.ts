// Allowed exception to domain purity: d3-contour and polygon-clipping are pure math libraries (no
// I/O, no framework); writing marching squares and polygon repair ourselves would only add risk.
import { contours } from 'd3-contour';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from 'polygon-clipping';
import { pixelToLat, pixelToLon, UNREACHED, type TimeGrid } from '../routing/time-grid';
import type { MultiPolygonCoords } from './polygon-rings';

/**
 * Values strictly below the cutoff are inside. d3 keeps `value >= threshold`, so we contour the
 * negated grid at `-(cutoff - ε)`; for whole-second/metre grids that is exactly `value < cutoff`.
 */
const STRICT_EPSILON = 1e-6;

/**
 * A grid prepared once for every cutoff: negated, padded by one unreached cell on each side so that
 * every ring closes inside the grid, and unreached cells given a finite cost so that the linear
 * interpolation between a reached cell and an unreached neighbour stays meaningful.
 */
export interface ContourableGrid {
  readonly grid: TimeGrid;
  readonly width: number;
  readonly height: number;
  readonly negated: Float64Array;
}

export function prepareForContouring(grid: TimeGrid, unreachedCost: number): ContourableGrid {
  const width = grid.width + 2;
  const height = grid.height + 2;
  const negated = new Float64Array(width * height).fill(-unreachedCost);
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const value = grid.values[y * grid.width + x];
      if (value !== UNREACHED) negated[(y + 1) * width + x + 1] = -value;
    }
  }
  return { grid, width, height, negated };
}

/** Ground area of one pixel at a pixel row, in m² (Web Mercator scales by cos(lat) both ways). */
const pixelAreaSqm = (py: number, zoom: number): number => {
  const side = (40_075_016.686 * Math.cos((pixelToLat(py, zoom) * Math.PI) / 180)) / (256 * 2 ** zoom);
  return side * side;
};

const pixelRingArea = (ring: number[][]): number => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return Math.abs(sum) / 2;
};

/** Cells inside (`negated >= threshold`) and their bounds in the padded grid, with one cell of margin. */
function boundsInside(prepared: ContourableGrid, threshold: number): { x0: number; y0: number; x1: number; y1: number } | null {
  const { width, height, negated } = prepared;
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (negated[row + x] < threshold) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      y1 = y;
    }
  }
  // The padding row/column is always outside, so the margin stays within the padded grid.
  return x1 < 0 ? null : { x0: x0 - 1, y0: y0 - 1, x1: x1 + 1, y1: y1 + 1 };
}

/**
 * The area reached below `cutoff`, in lon/lat. Marching squares runs only on the window around the
 * inside cells (the margin is outside, so every ring closes in it and the contour is the one of the
 * whole grid). d3's rings do not cross, its holes sit in their shells and the Mercator-to-lon/lat map
 * keeps that, so the result is valid without a polygon-clipping union, which cost more than the
 * contouring itself. Holes under `minHoleSqm` are dropped (pixel area × the pixel's ground area).
 */
export function contourBelow(prepared: ContourableGrid, cutoff: number, minHoleSqm = 0): MultiPolygonCoords {
  const threshold = -(cutoff - STRICT_EPSILON);
  const bounds = boundsInside(prepared, threshold);
  if (!bounds) return [];
  const { grid, width, negated } = prepared;
  const w = bounds.x1 - bounds.x0 + 1;
  const h = bounds.y1 - bounds.y0 + 1;
  const window = new Float64Array(w * h);
  for (let y = 0; y < h; y++) {
    const from = (bounds.y0 + y) * width + bounds.x0;
    window.set(negated.subarray(from, from + w), y * w);
  }
  // d3 reads the values by index only, so a typed array serves (its typing asks for number[]).
  const raw = contours().size([w, h]).smooth(true).contour(window as unknown as number[], threshold);
  // d3 puts value i at i + 0.5; window pixel x is absolute pixel west - 1 + x0 + x.
  const left = grid.west - 1 + bounds.x0;
  const top = grid.north - 1 + bounds.y0;
  const keepHole = (hole: number[][]) => pixelRingArea(hole) * pixelAreaSqm(top + hole[0][1], grid.zoom) >= minHoleSqm;
  const toLonLat = ([x, y]: number[]): [number, number] => [pixelToLon(left + x, grid.zoom), pixelToLat(top + y, grid.zoom)];
  return raw.coordinates.map(([shell, ...holes]) => [shell, ...holes.filter(keepHole)].map((ring) => ring.map(toLonLat)));
}

export const differenceOf = (outer: MultiPolygonCoords, inner: MultiPolygonCoords): MultiPolygonCoords =>
  inner.length === 0 ? outer : polygonClipping.difference(outer as ClipMultiPolygon, inner as ClipMultiPolygon);
