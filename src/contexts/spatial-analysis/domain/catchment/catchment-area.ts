import type { DomainError } from '../../../../shared-kernel/domain-error';
import { isValidLonLat, type LonLat } from '../../../../shared-kernel/geometry';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { TravelLimit } from '../routing/travel-limit';
import type { TravelModeSpec } from '../routing/travel-mode';
import { CATCHMENT_LIMITS as L, GRID_ZOOM, isActiveMobilityMode } from './catchment-area-limits';
import { CATCHMENT_ERROR_CODES as C, catchmentAreaInvalid, type CatchmentViolation } from './catchment.errors';
import { catchmentSteps, type CatchmentSteps } from './catchment-steps';

export type CatchmentTravelCost =
  | { readonly kind: 'time'; readonly maxTravelTimeMinutes: number; readonly steps: number; readonly speedKmh?: number }
  | { readonly kind: 'distance'; readonly maxDistanceMetres: number; readonly steps: number };

export type CatchmentOutput =
  | { readonly type: 'polygon'; readonly difference: boolean }
  | { readonly type: 'network' }
  | { readonly type: 'rectangular_grid' };

/** What a planner asks for, in the words of the reference platform's catchment-area tools. */
export interface CatchmentAreaRequest {
  readonly startingPoints: readonly LonLat[];
  readonly mode: TravelModeSpec;
  readonly travelCost: CatchmentTravelCost;
  readonly output: CatchmentOutput;
  readonly scenarioId?: string;
}

/** A request that passed validation, with what the engines and outputs need derived from it. */
export interface CatchmentArea extends CatchmentAreaRequest {
  readonly limit: TravelLimit;
  readonly steps: CatchmentSteps;
  /** Zoom of the travel-time grid to contour or sample. */
  readonly gridZoom: number;
}

type ModeFamily = 'activeMobility' | 'car' | 'transit';

const familyOf = (mode: TravelModeSpec): ModeFamily =>
  mode.kind === 'transit' ? 'transit' : isActiveMobilityMode(mode.mode) ? 'activeMobility' : 'car';

// Pointers follow the GOAT body the planner sent (the published language of this API).
const P = {
  points: '/body/starting_points',
  maxTime: '/body/travel_cost/max_traveltime',
  speed: '/body/travel_cost/speed',
  maxDistance: '/body/travel_cost/max_distance',
  steps: '/body/travel_cost/steps',
  output: '/body/catchment_area_type',
  modes: '/body/routing_type/mode',
  timeWindow: '/body/time_window',
};

const inRange = (value: number, min: number, max: number): boolean => Number.isFinite(value) && value >= min && value <= max;

function startingPointViolations(points: readonly LonLat[], family: ModeFamily): CatchmentViolation[] {
  const max = L[family].maxStartingPoints;
  if (points.length === 0) return [{ code: C.noStartingPoints, pointer: P.points, message: 'Give at least one starting point.' }];
  const out: CatchmentViolation[] = [];
  if (points.length > max) {
    out.push({ code: C.tooManyStartingPoints, pointer: P.points, message: `At most ${max} starting points are allowed for this mode; got ${points.length}.` });
  }
  const bad = points.findIndex((p) => !isValidLonLat(p));
  if (bad >= 0) {
    out.push({ code: C.coordinatesOutOfRange, pointer: `${P.points}/${bad}`, message: 'Latitude must lie in [-90, 90] and longitude in [-180, 180].' });
  }
  return out;
}

function travelCostViolations(cost: CatchmentTravelCost, family: ModeFamily): CatchmentViolation[] {
  const out: CatchmentViolation[] = [];
  if (!Number.isInteger(cost.steps) || !inRange(cost.steps, L.steps.min, L.steps.max)) {
    out.push({ code: C.stepsOutOfRange, pointer: P.steps, message: `Steps must be a whole number from ${L.steps.min} to ${L.steps.max}.` });
  }
  if (cost.kind === 'distance') {
    if (family === 'transit') {
      out.push({ code: C.distanceNotSupported, pointer: P.maxDistance, message: 'Public transport catchment areas are limited by travel time only.' });
    } else if (!inRange(cost.maxDistanceMetres, L.distanceMetres.min, L.distanceMetres.max)) {
      out.push({ code: C.distanceOutOfRange, pointer: P.maxDistance, message: `Distance must lie between ${L.distanceMetres.min} and ${L.distanceMetres.max} m.` });
    }
    return out;
  }
  const maxMinutes = L[family].maxTravelTimeMinutes;
  if (!inRange(cost.maxTravelTimeMinutes, L.minTravelTimeMinutes, maxMinutes)) {
    out.push({ code: C.travelTimeOutOfRange, pointer: P.maxTime, message: `Travel time must lie between ${L.minTravelTimeMinutes} and ${maxMinutes} minutes for this mode.` });
  }
  if (family === 'activeMobility') {
    if (cost.speedKmh === undefined) {
      out.push({ code: C.speedRequired, pointer: P.speed, message: 'Walking and cycling need a speed.' });
    } else if (!inRange(cost.speedKmh, L.speedKmh.min, L.speedKmh.max)) {
      out.push({ code: C.speedOutOfRange, pointer: P.speed, message: `Speed must lie between ${L.speedKmh.min} and ${L.speedKmh.max} km/h.` });
    }
  }
  return out;
}

function modeViolations(request: CatchmentAreaRequest): CatchmentViolation[] {
  const { mode, output } = request;
  if (mode.kind !== 'transit') return [];
  const out: CatchmentViolation[] = [];
  if (output.type === 'network') {
    out.push({ code: C.outputNotSupported, pointer: P.output, message: 'Public transport catchment areas come as polygons or a grid, not a network.' });
  }
  if (mode.modes.length === 0) {
    out.push({ code: C.transitModesRequired, pointer: P.modes, message: 'Choose at least one public transport mode.' });
  }
  const { fromTime, toTime } = mode.timeWindow;
  if (!(Number.isInteger(fromTime) && Number.isInteger(toTime) && fromTime >= 0 && fromTime < toTime && toTime <= L.secondsPerDay)) {
    out.push({ code: C.timeWindowInvalid, pointer: P.timeWindow, message: 'The time window must run forwards within one day (seconds since midnight).' });
  }
  return out;
}

const limitOf = (cost: CatchmentTravelCost, family: ModeFamily): TravelLimit =>
  cost.kind === 'distance'
    ? { kind: 'distance', maxMetres: cost.maxDistanceMetres }
    : family === 'activeMobility'
      ? { kind: 'time', maxSeconds: cost.maxTravelTimeMinutes * 60, speedKmh: cost.speedKmh }
      : { kind: 'time', maxSeconds: cost.maxTravelTimeMinutes * 60 };

/** Validates a request against the reference platform's limits and derives limit, steps and zoom. */
export function catchmentAreaFrom(request: CatchmentAreaRequest): Result<CatchmentArea, DomainError> {
  const family = familyOf(request.mode);
  const violations = [
    ...startingPointViolations(request.startingPoints, family),
    ...travelCostViolations(request.travelCost, family),
    ...modeViolations(request),
  ];
  if (violations.length > 0) return err(catchmentAreaInvalid(violations));
  const limit = limitOf(request.travelCost, family);
  return ok({ ...request, limit, steps: catchmentSteps(limit, request.travelCost.steps), gridZoom: GRID_ZOOM[family] });
}
