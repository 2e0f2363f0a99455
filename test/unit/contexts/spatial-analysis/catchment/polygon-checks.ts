import type { Geometry, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from 'polygon-clipping';
import { multiPolygonAreaSqm, signedArea } from '../../../../../src/contexts/spatial-analysis/domain/catchment/polygon-rings';

export const polygonsOf = (geometry: Geometry): Position[][][] => {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`not polygonal: ${geometry.type}`);
};

export const areaOf = (geometry: Geometry): number => multiPolygonAreaSqm(polygonsOf(geometry));

const cross = (o: Position, a: Position, b: Position): number => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Proper crossings between non-adjacent segments of a polygon's rings (touching at a vertex allowed). */
export function countCrossings(polygon: Position[][]): number {
  const segments = polygon.flatMap((ring) => ring.slice(1).map((p, i) => [ring[i], p] as const));
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const [a, b] = segments[i];
      const [c, d] = segments[j];
      const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
      if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) crossings++;
    }
  }
  return crossings;
}

/** Asserts RFC 7946 validity: closed rings of ≥ 4 positions, exterior CCW, holes CW, no crossings. */
export function expectValidPolygonal(geometry: Geometry): void {
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, i) => {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
      expect(signedArea(ring) > 0).toBe(i === 0);
    });
    expect(countCrossings(polygon)).toBe(0);
  }
  // A valid geometry survives a polygon-clipping round trip with its area unchanged.
  const roundTrip = polygonClipping.union(polygonsOf(geometry) as ClipMultiPolygon);
  expect(multiPolygonAreaSqm(roundTrip)).toBeCloseTo(areaOf(geometry), -1);
}

export const intersectionArea = (a: Geometry, b: Geometry): number =>
  multiPolygonAreaSqm(polygonClipping.intersection(polygonsOf(a) as ClipMultiPolygon, polygonsOf(b) as ClipMultiPolygon));

export const areaOutside = (inner: Geometry, outer: Geometry): number =>
  multiPolygonAreaSqm(polygonClipping.difference(polygonsOf(inner) as ClipMultiPolygon, polygonsOf(outer) as ClipMultiPolygon));
