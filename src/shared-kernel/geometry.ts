import type { Geometry } from 'geojson';
import { Geometry as WkxGeometry } from 'wkx';

export type { Geometry };

/** WGS84, the only CRS our domain speaks; others are converted at the edges. */
export const WGS84_SRID = 4326;

/** GeoJSON -> EWKB with SRID 4326, for `ST_GeomFromEWKB($1)`. */
export function toEwkb(geometry: Geometry): Buffer {
  const wkx = WkxGeometry.parseGeoJSON(geometry);
  wkx.srid = WGS84_SRID;
  return wkx.toEwkb();
}

/** EWKB (Buffer or hex, as `ST_AsEWKB` returns it) -> GeoJSON. */
export function fromEwkb(ewkb: Buffer | string): Geometry {
  const buffer = typeof ewkb === 'string' ? Buffer.from(ewkb.replace(/^\\x/, ''), 'hex') : ewkb;
  return WkxGeometry.parse(buffer).toGeoJSON() as Geometry;
}

export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

export const isValidLonLat = (p: LonLat): boolean =>
  Number.isFinite(p.lon) && Number.isFinite(p.lat) && Math.abs(p.lon) <= 180 && Math.abs(p.lat) <= 90;
