import type { Geometry, Position } from 'geojson';

/** Most features a tile carries; past it, the largest lines and polygons are kept first. */
export const DEFAULT_TILE_FEATURE_CAP = 15_000;

/**
 * How much a feature weighs when a tile must drop some: lines by length, polygons by area (planar,
 * in degrees, as PostGIS's ST_Length/ST_Area on EPSG:4326, so both adapters keep the same ones).
 * Points all weigh the same; storage order decides among equals.
 */
export function capWeight(geometry: Geometry | null): number {
  if (!geometry) return 0;
  switch (geometry.type) {
    case 'LineString': return lineLength(geometry.coordinates);
    case 'MultiLineString': return geometry.coordinates.reduce((s, l) => s + lineLength(l), 0);
    case 'Polygon': return polygonArea(geometry.coordinates);
    case 'MultiPolygon': return geometry.coordinates.reduce((s, p) => s + polygonArea(p), 0);
    default: return 0;
  }
}

function lineLength(ps: Position[]): number {
  let total = 0;
  for (let i = 1; i < ps.length; i++) total += Math.hypot(ps[i][0] - ps[i - 1][0], ps[i][1] - ps[i - 1][1]);
  return total;
}

function ringArea(ps: Position[]): number {
  let twice = 0;
  for (let i = 1; i < ps.length; i++) twice += ps[i - 1][0] * ps[i][1] - ps[i][0] * ps[i - 1][1];
  return Math.abs(twice) / 2;
}

const polygonArea = (rings: Position[][]): number => (rings.length ? ringArea(rings[0]) - rings.slice(1).reduce((s, r) => s + ringArea(r), 0) : 0);
