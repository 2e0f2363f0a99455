import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Result } from '../../../../shared-kernel/result';
import type { TimeGrid } from '../../domain/routing/time-grid';
import type { ReachedEdgeCosts, TravelRequest } from '../../domain/routing/travel-request';

/** What to search: origins, mode, limit, optional scenario edits, and which answers to produce. */
export type TravelTimeQuery = TravelRequest;

/** One reached street segment with the cost at each end (seconds or metres, per limit). */
export type ReachedEdge = ReachedEdgeCosts;

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
