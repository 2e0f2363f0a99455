// Allowed exception to domain purity: @turf/area is a pure math library (no I/O); see docs/catchment-areas.md.
import area from '@turf/area';
import type { Position } from 'geojson';

export type Ring = Position[];
export type PolygonCoords = Ring[];
export type MultiPolygonCoords = PolygonCoords[];

/** Twice the signed planar area; positive for counter-clockwise rings in lon/lat (y up). */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum;
}

/** RFC 7946 §3.1.6 right-hand rule: exterior rings counter-clockwise, holes clockwise. */
export function rewindRightHand(multi: MultiPolygonCoords): MultiPolygonCoords {
  return multi.map((polygon) =>
    polygon.map((ring, i) => {
      const counterClockwise = signedArea(ring) > 0;
      return counterClockwise === (i === 0) ? ring : [...ring].reverse();
    }),
  );
}

/** Geodesic area of a ring, in m². */
export const ringAreaSqm = (ring: Ring): number => area({ type: 'Polygon', coordinates: [ring] });

/** Fills holes smaller than the threshold: unreached specks inside a catchment are noise to a planner. */
export function fillSmallHoles(multi: MultiPolygonCoords, thresholdSqm: number): MultiPolygonCoords {
  return multi.map(([outer, ...holes]) => [outer, ...holes.filter((hole) => ringAreaSqm(hole) >= thresholdSqm)]);
}

export const multiPolygonAreaSqm = (multi: MultiPolygonCoords): number =>
  area({ type: 'MultiPolygon', coordinates: multi });
