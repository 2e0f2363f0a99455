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

/**
 * The area reached below `cutoff`, in lon/lat, normalised through a polygon-clipping union so it is
 * valid (closed rings, no self-intersections, holes inside their shells). Holes under `minHoleSqm`
 * are dropped before the union: a noisy grid has thousands of one-cell holes, and clipping them
 * only to fill them afterwards costs seconds.
 */
export function contourBelow(prepared: ContourableGrid, cutoff: number, minHoleSqm = 0): MultiPolygonCoords {
  const { grid, width, height, negated } = prepared;
  const generator = contours().size([width, height]).smooth(true);
  // d3 reads the values by index only, so a typed array serves (its typing asks for number[]).
  const raw = generator.contour(negated as unknown as number[], -(cutoff - STRICT_EPSILON));
  const keepHole = (hole: number[][]) => pixelRingArea(hole) * pixelAreaSqm(grid.north - 1 + hole[0][1], grid.zoom) >= minHoleSqm;
  // d3 puts value i at i + 0.5; padded pixel x is absolute pixel west - 1 + x.
  const toLonLat = ([x, y]: number[]): [number, number] => [
    pixelToLon(grid.west - 1 + x, grid.zoom),
    pixelToLat(grid.north - 1 + y, grid.zoom),
  ];
  const mapped = raw.coordinates.map(([shell, ...holes]) => [shell, ...holes.filter(keepHole)].map((ring) => ring.map(toLonLat)));
  return mapped.length === 0 ? [] : polygonClipping.union(mapped as ClipMultiPolygon);
}

export const differenceOf = (outer: MultiPolygonCoords, inner: MultiPolygonCoords): MultiPolygonCoords =>
  inner.length === 0 ? outer : polygonClipping.difference(outer as ClipMultiPolygon, inner as ClipMultiPolygon);
