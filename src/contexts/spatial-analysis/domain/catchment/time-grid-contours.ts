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

/**
 * The area reached below `cutoff`, in lon/lat, normalised through a polygon-clipping union so it is
 * valid (closed rings, no self-intersections, holes inside their shells). Pass `alsoInside` to union
 * the previous step in and so guarantee the steps nest exactly.
 */
export function contourBelow(prepared: ContourableGrid, cutoff: number, alsoInside: MultiPolygonCoords = []): MultiPolygonCoords {
  const { grid, width, height, negated } = prepared;
  const generator = contours().size([width, height]).smooth(true);
  // d3 reads the values by index only, so a typed array serves (its typing asks for number[]).
  const raw = generator.contour(negated as unknown as number[], -(cutoff - STRICT_EPSILON));
  // d3 puts value i at i + 0.5; padded pixel x is absolute pixel west - 1 + x.
  const toLonLat = ([x, y]: number[]): [number, number] => [
    pixelToLon(grid.west - 1 + x, grid.zoom),
    pixelToLat(grid.north - 1 + y, grid.zoom),
  ];
  const mapped = raw.coordinates.map((polygon) => polygon.map((ring) => ring.map(toLonLat)));
  if (mapped.length === 0 && alsoInside.length === 0) return [];
  return polygonClipping.union(mapped as ClipMultiPolygon, alsoInside as ClipMultiPolygon);
}

export const differenceOf = (outer: MultiPolygonCoords, inner: MultiPolygonCoords): MultiPolygonCoords =>
  inner.length === 0 ? outer : polygonClipping.difference(outer as ClipMultiPolygon, inner as ClipMultiPolygon);
