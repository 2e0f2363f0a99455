import type { Geometry, Position } from 'geojson';
import { err, ok, type Result } from '../../../../shared-kernel/result';

/**
 * Structural check of a GeoJSON geometry in EPSG:4326 before it reaches PostGIS or a predicate:
 * finite lon/lat in range, enough positions, closed rings. Answers what is wrong, in words.
 */
export function checkedGeometry(value: unknown, maxPositions = 1_000_000): Result<Geometry, string> {
  let positions = 0;
  const position = (p: unknown): p is Position => {
    positions++;
    return (
      Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
      Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90
    );
  };
  const line = (l: unknown, min: number): boolean => Array.isArray(l) && l.length >= min && l.every(position);
  const ring = (r: unknown): boolean => {
    if (!line(r, 4)) return false;
    const ps = r as Position[];
    const [a, b] = [ps[0], ps[ps.length - 1]];
    return a[0] === b[0] && a[1] === b[1];
  };
  const polygon = (p: unknown): boolean => Array.isArray(p) && p.length >= 1 && p.every(ring);
  const many = (v: unknown, each: (x: unknown) => boolean): boolean => Array.isArray(v) && v.length >= 1 && v.every(each);

  if (typeof value !== 'object' || value === null) return err('a geometry must be a GeoJSON object');
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  let valid: boolean;
  switch (type) {
    case 'Point': valid = position(coordinates); break;
    case 'MultiPoint': valid = many(coordinates, position); break;
    case 'LineString': valid = line(coordinates, 2); break;
    case 'MultiLineString': valid = many(coordinates, (l) => line(l, 2)); break;
    case 'Polygon': valid = polygon(coordinates); break;
    case 'MultiPolygon': valid = many(coordinates, polygon); break;
    default: return err(`unsupported geometry type ${JSON.stringify(type)}`);
  }
  if (!valid) return err(`the ${type} coordinates are not valid (lon/lat in EPSG:4326, closed rings, enough positions)`);
  if (positions > maxPositions) return err(`the geometry has more than ${maxPositions} positions`);
  return ok({ type, coordinates } as Geometry);
}

/** The layer geometry kind a GeoJSON type belongs to. */
export function geometryKindOf(geometry: Geometry): 'point' | 'line' | 'polygon' | null {
  switch (geometry.type) {
    case 'Point': case 'MultiPoint': return 'point';
    case 'LineString': case 'MultiLineString': return 'line';
    case 'Polygon': case 'MultiPolygon': return 'polygon';
    default: return null;
  }
}
