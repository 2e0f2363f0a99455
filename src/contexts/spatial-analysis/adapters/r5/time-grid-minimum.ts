import { UNREACHED, type TimeGrid } from '../../domain/routing/time-grid';

/**
 * The cellwise minimum of grids at one zoom, on the union of their extents: r5 routes one origin per
 * request, and a catchment of several starting points reaches a cell by whichever is quickest.
 */
export function cellwiseMinimum(grids: readonly TimeGrid[]): TimeGrid {
  if (grids.length === 0) throw new Error('cellwiseMinimum needs at least one grid');
  if (grids.length === 1) return grids[0];
  const { zoom, unit } = grids[0];
  if (grids.some((g) => g.zoom !== zoom || g.unit !== unit)) throw new Error('cellwiseMinimum needs grids of one zoom and unit');
  const west = Math.min(...grids.map((g) => g.west));
  const north = Math.min(...grids.map((g) => g.north));
  const width = Math.max(...grids.map((g) => g.west + g.width)) - west;
  const height = Math.max(...grids.map((g) => g.north + g.height)) - north;
  const values = new Int32Array(width * height).fill(UNREACHED);
  for (const g of grids) {
    for (let y = 0; y < g.height; y++) {
      const row = (g.north - north + y) * width + (g.west - west);
      for (let x = 0; x < g.width; x++) {
        const value = g.values[y * g.width + x];
        if (value < values[row + x]) values[row + x] = value;
      }
    }
  }
  return { zoom, west, north, width, height, unit, values };
}
