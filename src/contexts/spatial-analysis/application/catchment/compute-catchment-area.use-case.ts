import type { FeatureCollection } from 'geojson';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { catchmentAreaFrom, type CatchmentArea, type CatchmentAreaRequest } from '../../domain/catchment/catchment-area';
import { catchmentFeatureCollection } from '../../domain/catchment/catchment-feature-collection';
import { transitEngineNotConfigured } from '../../domain/catchment/catchment.errors';
import type { NetworkEdits } from '../../domain/routing/network-edits';
import type { TravelTimeEngine, TravelTimeQuery } from '../../ports/routing/travel-time-engine.port';
import { CatchmentStopwatch, type CatchmentTimings } from './catchment-timings';

export interface ComputeCatchmentAreaInput extends CatchmentAreaRequest {
  /** The scenario's street edits, already resolved from `scenarioId` by the caller. */
  readonly edits?: NetworkEdits;
}

export interface ComputedCatchmentArea {
  readonly featureCollection: FeatureCollection;
  readonly timings: CatchmentTimings;
  /** Work done by the search, when the engine reports it. */
  readonly settledNodes?: number;
}

/**
 * Computes a catchment area: validates the request, routes it (street modes on the built-in engine,
 * public transport on r5) and builds the GeoJSON of the chosen output.
 */
export class ComputeCatchmentArea {
  constructor(
    private readonly streetEngine: TravelTimeEngine,
    private readonly transitEngine: TravelTimeEngine | null,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async execute(input: ComputeCatchmentAreaInput): Promise<Result<ComputedCatchmentArea, DomainError>> {
    const { edits, ...request } = input;
    // Validation first: a wrong request is the planner's to fix even where r5 is missing.
    const validated = catchmentAreaFrom(request);
    if (!validated.ok) return validated;
    const area = validated.value;
    const engine = area.mode.kind === 'transit' ? this.transitEngine : this.streetEngine;
    if (!engine) return err(transitEngineNotConfigured());

    const stopwatch = new CatchmentStopwatch(this.now);
    const answer = await stopwatch.timeAsync('search', () => engine.travelTimes(queryFor(area, edits)));
    if (!answer.ok) return answer;
    const { grid, reachedEdges, settledNodes } = answer.value;
    let featureCollection: FeatureCollection;
    try {
      featureCollection = catchmentFeatureCollection(area, { grid, reachedStreets: reachedEdges }, (phase, work) => stopwatch.time(phase, work));
    } catch (error) {
      // e.g. catchment.grid-too-large: the planner's request, not a server fault.
      if (error instanceof DomainError) return err(error);
      throw error;
    }
    return ok({ featureCollection, timings: stopwatch.timings(), ...(settledNodes !== undefined && { settledNodes }) });
  }
}

function queryFor(area: CatchmentArea, edits: NetworkEdits | undefined): TravelTimeQuery {
  const want = area.output.type === 'network' ? { reachedEdges: true } : { grid: { zoom: area.gridZoom } };
  return { origins: area.startingPoints, mode: area.mode, limit: area.limit, want, ...(edits && { edits }) };
}
