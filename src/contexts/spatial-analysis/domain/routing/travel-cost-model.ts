import { PUSHING_SPEED_KMH, DEFAULT_SPEED_KMH } from './street-profile';
import { CLOSED, MODE_INDEX, RIDE, type Direction, traversalShift } from './street-traversal';
import type { TravelLimit } from './travel-limit';
import type { StreetMode } from './travel-mode';

/** How the length of an edge becomes cost for one search: seconds, or metres for distance limits. */
export const COST_FLAT = 0;
/** Cycling: rough surfaces cost extra effort. */
export const COST_SURFACE = 1;
/** Driving: the edge's own speed. */
export const COST_CAR_SPEED = 2;

export interface TravelCostModel {
  readonly mode: StreetMode;
  readonly modeIndex: number;
  readonly kind: typeof COST_FLAT | typeof COST_SURFACE | typeof COST_CAR_SPEED;
  /** Cost per metre at the mode's own speed (before surface or car speed). */
  readonly ridePerMetre: number;
  /** Cost per metre for a pushed bicycle. */
  readonly pushPerMetre: number;
  /** Cost per metre off the network (walking to or from a street), for filling the grid. */
  readonly offNetworkPerMetre: number;
}

const secondsPerMetre = (kmh: number): number => 3.6 / kmh;

export function travelCostModel(mode: StreetMode, limit: TravelLimit): TravelCostModel {
  const modeIndex = MODE_INDEX[mode];
  if (limit.kind === 'distance') {
    return { mode, modeIndex, kind: COST_FLAT, ridePerMetre: 1, pushPerMetre: 1, offNetworkPerMetre: 1 };
  }
  const walking = secondsPerMetre(mode === 'walking' || mode === 'wheelchair' ? (limit.speedKmh ?? DEFAULT_SPEED_KMH[mode]) : DEFAULT_SPEED_KMH.walking);
  if (mode === 'car') {
    return { mode, modeIndex, kind: COST_CAR_SPEED, ridePerMetre: 3.6, pushPerMetre: Infinity, offNetworkPerMetre: walking };
  }
  const ride = secondsPerMetre(limit.speedKmh ?? DEFAULT_SPEED_KMH[mode]);
  const cycling = mode === 'bicycle' || mode === 'pedelec';
  return {
    mode,
    modeIndex,
    kind: cycling ? COST_SURFACE : COST_FLAT,
    ridePerMetre: ride,
    pushPerMetre: cycling ? secondsPerMetre(PUSHING_SPEED_KMH) : ride,
    offNetworkPerMetre: walking,
  };
}

/** The attributes of one street the cost depends on. */
export interface CostedStreet {
  readonly traversal: number;
  readonly carSpeedKmh: number;
  readonly surfacePenaltyPercent: number;
}

/** Cost per metre of travelling a street in one direction; Infinity when the mode may not. */
export function costPerMetre(model: TravelCostModel, street: CostedStreet, direction: Direction): number {
  const traversal = (street.traversal >>> traversalShift(model.modeIndex, direction)) & 3;
  if (traversal === CLOSED) return Infinity;
  if (traversal !== RIDE) return model.pushPerMetre;
  if (model.kind === COST_SURFACE) return model.ridePerMetre * (1 + street.surfacePenaltyPercent / 100);
  if (model.kind === COST_CAR_SPEED) return model.ridePerMetre / street.carSpeedKmh;
  return model.ridePerMetre;
}
