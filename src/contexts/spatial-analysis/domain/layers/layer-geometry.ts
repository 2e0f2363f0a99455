import type { Geometry, Polygon, Position } from 'geojson';
import type { GeometryKind } from './layer';

const KIND_OF: Readonly<Record<string, GeometryKind>> = {
  Point: 'point', MultiPoint: 'point', LineString: 'line', MultiLineString: 'line', Polygon: 'polygon', MultiPolygon: 'polygon',
};

export const geometryKindOf = (geometry: Geometry): GeometryKind | null => KIND_OF[geometry.type] ?? null;

/**
 * How a layer stores its geometry: polygons and lines always as multi-geometries (GOAT forces
 * MultiPolygon; lines follow for the same reason), points stay single unless the file has multipoints.
 */
export function storedGeometryType(kind: GeometryKind, hasMultiPoints: boolean): 'Point' | 'MultiPoint' | 'MultiLineString' | 'MultiPolygon' {
  if (kind === 'polygon') return 'MultiPolygon';
  if (kind === 'line') return 'MultiLineString';
  return hasMultiPoints ? 'MultiPoint' : 'Point';
}

export function asStoredType(geometry: Geometry, target: ReturnType<typeof storedGeometryType>): Geometry {
  if (geometry.type === target) return geometry;
  if (geometry.type === 'Point' && target === 'MultiPoint') return { type: 'MultiPoint', coordinates: [geometry.coordinates] };
  if (geometry.type === 'LineString' && target === 'MultiLineString') return { type: 'MultiLineString', coordinates: [geometry.coordinates] };
  if (geometry.type === 'Polygon' && target === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: [geometry.coordinates] };
  return geometry;
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates];
    case 'MultiPoint': case 'LineString': return geometry.coordinates;
    case 'MultiLineString': case 'Polygon': return geometry.coordinates.flat();
    case 'MultiPolygon': return geometry.coordinates.flat(2);
    case 'GeometryCollection': return geometry.geometries.flatMap(positionsOf);
  }
}

/** The extent as PostGIS's ST_Envelope gives it: a polygon, or a point when everything is one spot. */
export function envelopeOf(geometries: Iterable<Geometry>): Geometry | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const geometry of geometries) {
    for (const [x, y] of positionsOf(geometry)) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  if (!Number.isFinite(minX)) return null;
  if (minX === maxX && minY === maxY) return { type: 'Point', coordinates: [minX, minY] };
  const polygon: Polygon = { type: 'Polygon', coordinates: [[[minX, minY], [minX, maxY], [maxX, maxY], [maxX, minY], [minX, minY]]] };
  return polygon;
}
