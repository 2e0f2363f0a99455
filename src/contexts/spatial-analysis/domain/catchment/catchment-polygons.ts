import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { HOLE_FILL_THRESHOLD_SQM } from './catchment-area-limits';
import type { CatchmentSteps } from './catchment-steps';
import { fillSmallHoles, rewindRightHand, type MultiPolygonCoords } from './polygon-rings';
import { contourBelow, differenceOf, prepareForContouring, type ContourableGrid } from './time-grid-contours';
import type { TimeGrid } from '../routing/time-grid';

export type CatchmentPolygonFeature = Feature<Polygon | MultiPolygon, { travel_cost: number }>;

/** Unreached cells cost one step beyond the last cutoff: the edge falls between reached and unreached. */
export const prepareStepGrid = (grid: TimeGrid, steps: CatchmentSteps): ContourableGrid =>
  prepareForContouring(grid, steps.cutoffs[steps.cutoffs.length - 1] + steps.cutoffs[0]);

/**
 * One area per step, holes under 20 ha filled. Each contains the previous by construction: the
 * contours of one interpolated surface at rising cutoffs never cross, and a filled hole of a step can
 * only shrink into smaller, also filled, holes at the next.
 */
export function nestedStepAreas(prepared: ContourableGrid, steps: CatchmentSteps): MultiPolygonCoords[] {
  return steps.cutoffs.map((cutoff) =>
    fillSmallHoles(contourBelow(prepared, cutoff, HOLE_FILL_THRESHOLD_SQM), HOLE_FILL_THRESHOLD_SQM),
  );
}

/** `polygon_difference`: each step minus the previous one, so the areas are disjoint rings. */
export const ringsBetweenSteps = (nested: readonly MultiPolygonCoords[]): MultiPolygonCoords[] =>
  nested.map((area, k) => (k === 0 ? area : differenceOf(area, nested[k - 1])));

/** Step areas oriented by the right-hand rule, nested or as rings. */
export function stepAreas(prepared: ContourableGrid, steps: CatchmentSteps, difference: boolean): MultiPolygonCoords[] {
  const nested = nestedStepAreas(prepared, steps);
  return (difference ? ringsBetweenSteps(nested) : nested).map(rewindRightHand);
}

const asGeometry = (multi: MultiPolygonCoords): Polygon | MultiPolygon =>
  multi.length === 1 ? { type: 'Polygon', coordinates: multi[0] } : { type: 'MultiPolygon', coordinates: multi };

/** One feature per non-empty step, smallest step first. */
export const polygonFeatures = (areas: readonly MultiPolygonCoords[], steps: CatchmentSteps): CatchmentPolygonFeature[] =>
  areas.flatMap((multi, k) =>
    multi.length === 0 ? [] : [{ type: 'Feature' as const, geometry: asGeometry(multi), properties: { travel_cost: steps.labels[k] } }],
  );
