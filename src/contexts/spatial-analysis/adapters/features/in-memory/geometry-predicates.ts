import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Geometry, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from 'polygon-clipping';

/** A geometry taken apart: isolated points, segments of lines and rings, and the polygons. */
interface Parts {
  readonly points: Position[];
  readonly segments: [Position, Position][];
  readonly polygons: Polygon[];
  /** One vertex per line or polygon, to detect a part lying wholly inside another. */
  readonly anchors: Position[];
}

function partsOf(geometry: Geometry): Parts {
  const parts: Parts = { points: [], segments: [], polygons: [], anchors: [] };
  const line = (ps: Position[]) => {
    for (let i = 1; i < ps.length; i++) parts.segments.push([ps[i - 1], ps[i]]);
    if (ps.length) parts.anchors.push(ps[0]);
  };
  const polygon = (rings: Position[][]) => {
    parts.polygons.push({ type: 'Polygon', coordinates: rings });
    rings.forEach(line);
  };
  switch (geometry.type) {
    case 'Point': parts.points.push(geometry.coordinates); break;
    case 'MultiPoint': parts.points.push(...geometry.coordinates); break;
    case 'LineString': line(geometry.coordinates); break;
    case 'MultiLineString': geometry.coordinates.forEach(line); break;
    case 'Polygon': polygon(geometry.coordinates); break;
    case 'MultiPolygon': geometry.coordinates.forEach(polygon); break;
    case 'GeometryCollection': for (const g of geometry.geometries) { const p = partsOf(g); parts.points.push(...p.points); parts.segments.push(...p.segments); parts.polygons.push(...p.polygons); parts.anchors.push(...p.anchors); } break;
  }
  return parts;
}

const cross = (o: Position, a: Position, b: Position): number => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const inBox = (p: Position, a: Position, b: Position): boolean =>
  Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
const onSegment = (p: Position, [a, b]: [Position, Position]): boolean => cross(a, b, p) === 0 && inBox(p, a, b);

/** Closed segments meet (touching counts, as in ST_Intersects). */
function segmentsMeet(s: [Position, Position], t: [Position, Position]): boolean {
  const [a, b] = s;
  const [c, d] = t;
  const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return onSegment(a, t) || onSegment(b, t) || onSegment(c, s) || onSegment(d, s);
}

/** Segments cross at a point interior to both (a proper crossing). */
function segmentsCross([a, b]: [Position, Position], [c, d]: [Position, Position]): boolean {
  const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

const coveredByPolygons = (p: Position, polygons: Polygon[]): boolean => polygons.some((polygon) => booleanPointInPolygon(p, polygon));
const onAnySegment = (p: Position, segments: [Position, Position][]): boolean => segments.some((s) => onSegment(p, s));

/** ST_Intersects for the geometries layers hold: any shared point, boundary included. */
export function intersects(a: Geometry, b: Geometry): boolean {
  const pa = partsOf(a);
  const pb = partsOf(b);
  for (const s of pa.segments) for (const t of pb.segments) if (segmentsMeet(s, t)) return true;
  const touches = (p: Position, other: Parts) =>
    coveredByPolygons(p, other.polygons) || onAnySegment(p, other.segments) || other.points.some((q) => q[0] === p[0] && q[1] === p[1]);
  if (pa.points.some((p) => touches(p, pb)) || pb.points.some((p) => touches(p, pa))) return true;
  return pa.anchors.some((p) => coveredByPolygons(p, pb.polygons)) || pb.anchors.some((p) => coveredByPolygons(p, pa.polygons));
}

const clipPolygons = (polygons: Polygon[]): ClipMultiPolygon => polygons.map((p) => p.coordinates as ClipMultiPolygon[number]);

/**
 * ST_Within(a, b) where b is the filter's area: every part of a lies in b (boundary allowed) and
 * some of a lies in b's interior. Polygons by difference; points and lines by their vertices,
 * segment midpoints and crossings of b's boundary.
 */
export function within(a: Geometry, b: Geometry): boolean {
  const pa = partsOf(a);
  const pb = partsOf(b);
  if (pb.polygons.length === 0) {
    // Within a line or points: every vertex of a on b (enough for the points and lines we meet).
    const on = (p: Position) => onAnySegment(p, pb.segments) || pb.points.some((q) => q[0] === p[0] && q[1] === p[1]);
    return pa.polygons.length === 0 && [...pa.points, ...pa.segments.flat()].every(on);
  }
  if (pa.polygons.length > 0) {
    const outside = polygonClipping.difference(clipPolygons(pa.polygons), clipPolygons(pb.polygons));
    if (outside.length > 0) return false;
  }
  const vertices = [...pa.points, ...pa.segments.flat()];
  if (!vertices.every((p) => coveredByPolygons(p, pb.polygons))) return false;
  const midpoints = pa.segments.map(([s, t]) => [(s[0] + t[0]) / 2, (s[1] + t[1]) / 2]);
  if (!midpoints.every((p) => coveredByPolygons(p, pb.polygons))) return false;
  if (pa.segments.some((s) => pb.segments.some((t) => segmentsCross(s, t)))) return false;
  // Interiors must meet: something of a strictly inside b.
  return [...vertices, ...midpoints].some((p) => pb.polygons.some((polygon) => booleanPointInPolygon(p, polygon, { ignoreBoundary: true }))) || pa.polygons.length > 0;
}

/** [minX, minY, maxX, maxY] of a geometry. */
export function boundsOf(geometry: Geometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else (c as unknown[]).forEach(visit);
  };
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => { const gb = boundsOf(g); visit([gb[0], gb[1]]); visit([gb[2], gb[3]]); });
  else visit(geometry.coordinates);
  return b;
}
