// Allowed exception to domain purity: h3-js is a pure math library (no I/O); see docs/catchment-areas.md.
import type { Feature, Polygon } from 'geojson';
import { cellToBoundary, cellToLatLng, getHexagonAreaAvg, polygonToCells } from 'h3-js';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { latToPixel, lonToPixel, pixelToLat, pixelToLon, UNREACHED, type TimeGrid } from '../routing/time-grid';
import { HEXAGON_RESOLUTION } from './catchment-area-limits';
import { stepIndexOf, type CatchmentSteps } from './catchment-steps';
import { rewindRightHand } from './polygon-rings';

/** Above this many cells polyfilling the box takes seconds and about a gigabyte of memory. */
export const MAX_HEXAGON_CELLS = 400_000;

const EARTH_RADIUS_M = 6_371_008.8;

/** Area in m² of a longitude/latitude box on the sphere. */
function boxAreaSquareMetres(w: number, s: number, e: number, n: number): number {
  const rad = Math.PI / 180;
  return EARTH_RADIUS_M ** 2 * Math.abs((e - w) * rad) * Math.abs(Math.sin(n * rad) - Math.sin(s * rad));
}

export const catchmentGridTooLarge = (estimatedCells: number): DomainError =>
  new DomainError(
    'catchment.grid-too-large',
    'validation',
    `The reached area would need about ${Math.round(estimatedCells).toLocaleString('en')} hexagons (at most ${MAX_HEXAGON_CELLS.toLocaleString('en')}); choose a shorter travel time or the polygon output.`,
  );

export type CatchmentHexagonFeature = Feature<Polygon, { travel_cost: number; h3_index: string }>;

/** Pixel bounds of the cells within the budget, or null when nothing is reached. */
function reachedPixelBounds(grid: TimeGrid, budget: number): { x0: number; y0: number; x1: number; y1: number } | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const value = grid.values[y * grid.width + x];
      if (value === UNREACHED || value > budget) continue;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  return x0 === Infinity ? null : { x0, y0, x1, y1 };
}

/** The grid value under a point, or UNREACHED outside the grid. */
function valueAt(grid: TimeGrid, lon: number, lat: number): number {
  const x = Math.floor(lonToPixel(lon, grid.zoom)) - grid.west;
  const y = Math.floor(latToPixel(lat, grid.zoom)) - grid.north;
  return x < 0 || y < 0 || x >= grid.width || y >= grid.height ? UNREACHED : grid.values[y * grid.width + x];
}

/**
 * "Rectangular grid" output, which GOAT draws as H3 resolution-10 cells: every cell whose centre lies
 * on a grid cell within the budget, with that grid cell's cost rounded up to the step.
 * Throws catchment.grid-too-large (a DomainError) when the reached box holds too many cells.
 */
export function catchmentHexagons(grid: TimeGrid, steps: CatchmentSteps): CatchmentHexagonFeature[] {
  const budget = steps.cutoffs[steps.cutoffs.length - 1];
  const bounds = reachedPixelBounds(grid, budget);
  if (!bounds) return [];
  const { zoom, west, north } = grid;
  const [w, e] = [pixelToLon(west + bounds.x0, zoom), pixelToLon(west + bounds.x1 + 1, zoom)];
  const [n, s] = [pixelToLat(north + bounds.y0, zoom), pixelToLat(north + bounds.y1 + 1, zoom)];
  const estimatedCells = boxAreaSquareMetres(w, s, e, n) / getHexagonAreaAvg(HEXAGON_RESOLUTION, 'm2');
  if (estimatedCells > MAX_HEXAGON_CELLS) throw catchmentGridTooLarge(estimatedCells);
  const box = [[[w, s], [e, s], [e, n], [w, n], [w, s]]];
  const features: CatchmentHexagonFeature[] = [];
  for (const cell of polygonToCells(box, HEXAGON_RESOLUTION, true)) {
    const [lat, lon] = cellToLatLng(cell);
    const value = valueAt(grid, lon, lat);
    const step = value === UNREACHED ? -1 : stepIndexOf(steps, value);
    if (step < 0) continue;
    const [ring] = rewindRightHand([[cellToBoundary(cell, true)]])[0];
    features.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: { travel_cost: steps.labels[step], h3_index: cell },
    });
  }
  return features;
}
