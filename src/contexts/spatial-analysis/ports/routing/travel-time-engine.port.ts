import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { LonLat } from '../../../../shared-kernel/geometry';
import type { Result } from '../../../../shared-kernel/result';
import type { NetworkEdits } from '../../domain/routing/network-edits';
import type { TimeGrid } from '../../domain/routing/time-grid';
import type { TravelLimit } from '../../domain/routing/travel-limit';
import type { TravelModeSpec } from '../../domain/routing/travel-mode';

export interface TravelTimeQuery {
  readonly origins: readonly LonLat[];
  readonly mode: TravelModeSpec;
  readonly limit: TravelLimit;
  readonly edits?: NetworkEdits;
  /** Which answers to produce: reached edges (network output) and/or a time grid at a zoom. */
  readonly want: { readonly reachedEdges?: boolean; readonly grid?: { readonly zoom: number } };
}

/** One reached street segment with the cost at each end (seconds or metres, per limit). */
export interface ReachedEdge {
  readonly edgeId: number;
  readonly coordinates: readonly (readonly [number, number])[];
  readonly fromCost: number;
  readonly toCost: number;
}

export interface TravelTimeAnswer {
  readonly reachedEdges?: readonly ReachedEdge[];
  readonly grid?: TimeGrid;
  /** Nodes settled by the search; a measure of work for logs and benchmarks. */
  readonly settledNodes?: number;
}

/**
 * Computes travel costs from origins. Expected failures (an origin far from any street:
 * `routing.start-point-not-connected`; a mode the engine cannot route) are returned; an engine that
 * is down or answers garbage throws an upstream error.
 */
export interface TravelTimeEngine {
  travelTimes(query: TravelTimeQuery): Promise<Result<TravelTimeAnswer, DomainError>>;
}

export const TRAVEL_TIME_ENGINE: unique symbol = Symbol('TravelTimeEngine');
/** The r5 engine, when configured; public transport always goes there. */
export const TRANSIT_TRAVEL_TIME_ENGINE: unique symbol = Symbol('TransitTravelTimeEngine');
