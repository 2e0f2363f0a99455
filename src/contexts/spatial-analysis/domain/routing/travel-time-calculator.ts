import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { compileNetworkOverlay, isEmptyEdits } from './network-overlay';
import { EdgeMarks, snapOrigin, type SnappedOrigin } from './origin-snapping';
import { collectReachedStreets } from './reached-streets';
import { invalidTravelQuery, startPointNotConnected } from './routing-errors';
import { type SearchSeed, ShortestPathSearch } from './shortest-path-search';
import type { StreetNetwork } from './street-network';
import { rasteriseTimeGrid } from './time-grid-rasteriser';
import { budgetOf, costUnitOf } from './travel-limit';
import { costPerMetre, travelCostModel } from './travel-cost-model';
import { toReachedEdgeCosts, type TravelRequest, type TravelResult } from './travel-request';
import { validateTravelRequest } from './travel-request-validation';

export interface CalculatorOptions {
  /** How far (m) an origin may lie from the nearest usable street. */
  readonly maxSnapMetres?: number;
  readonly offNetworkMetres?: number;
  readonly maxGridCells?: number;
}

/**
 * Answers travel-time requests on one network: validate, snap origins, search once from all of
 * them (minimum over origins), then produce the requested outputs. Holds scratch memory: one per thread.
 */
export class TravelTimeCalculator {
  private readonly search: ShortestPathSearch;
  private readonly snapMarks = new EdgeMarks();
  private readonly maxSnapMetres: number;
  private readonly offNetworkMetres: number;
  private readonly maxGridCells: number;

  constructor(
    private readonly network: StreetNetwork,
    options: CalculatorOptions = {},
  ) {
    this.search = new ShortestPathSearch(network);
    this.maxSnapMetres = options.maxSnapMetres ?? 200;
    this.offNetworkMetres = options.offNetworkMetres ?? 200;
    this.maxGridCells = options.maxGridCells ?? 16_000_000;
  }

  calculate(request: TravelRequest): Result<TravelResult, DomainError> {
    const mode = validateTravelRequest(request);
    if (!mode.ok) return mode;
    const model = travelCostModel(mode.value, request.limit);
    const budget = budgetOf(request.limit);
    const overlay = isEmptyEdits(request.edits) ? undefined : compileNetworkOverlay(this.network, request.edits!);

    const snaps: SnappedOrigin[] = [];
    const seeds: SearchSeed[] = [];
    const { edgeSource, edgeTarget, edgeLength, edgeTraversal, edgeCarSpeed, edgeSurfacePenalty } = this.network;
    for (const origin of request.origins) {
      const snap = snapOrigin(this.network, origin, model.modeIndex, this.maxSnapMetres, overlay, this.snapMarks);
      if (snap === null) return err(startPointNotConnected(origin, this.maxSnapMetres));
      snaps.push(snap);
      const e = snap.edge;
      const street = { traversal: edgeTraversal[e], carSpeedKmh: edgeCarSpeed[e], surfacePenaltyPercent: edgeSurfacePenalty[e] };
      const factor = overlay?.costFactors.get(e) ?? 1;
      // Partial edge costs: from the snap point back to the source and on to the target (an origin
      // on a node costs nothing there, even where the edge is closed in that direction).
      const back = snap.alongMetres;
      const on = edgeLength[e] - snap.alongMetres;
      seeds.push({ node: edgeSource[e], cost: back <= 0 ? 0 : back * costPerMetre(model, street, 1) * factor });
      seeds.push({ node: edgeTarget[e], cost: on <= 0 ? 0 : on * costPerMetre(model, street, 0) * factor });
    }
    const settledNodes = this.search.run(seeds, model, budget, overlay);
    if (!request.want.reachedEdges && !request.want.grid) return ok({ settledNodes });

    const streets = collectReachedStreets(this.network, this.search, model, snaps, overlay);
    let grid;
    if (request.want.grid) {
      grid = rasteriseTimeGrid(streets, {
        zoom: request.want.grid.zoom,
        budget,
        unit: costUnitOf(request.limit),
        offNetworkPerMetre: model.offNetworkPerMetre,
        offNetworkMetres: this.offNetworkMetres,
        maxCells: this.maxGridCells,
      });
      if (grid === null) return err(invalidTravelQuery('/want/grid/zoom', 'the grid would be too large at this zoom; use a lower zoom'));
    }
    return ok({
      settledNodes,
      ...(request.want.reachedEdges ? { reachedEdges: streets.map(toReachedEdgeCosts) } : {}),
      ...(grid ? { grid } : {}),
    });
  }

  /** Costs from the last calculation, node by node (Infinity when not reached within the limit). */
  costAtNode(node: number): number {
    return this.search.costAt(node);
  }

  /** Per-thread memory held for searches (scratch and cached arc costs per mode used so far). */
  scratchByteSize(): number {
    return this.search.scratchByteSize();
  }

  /** Nodes reached by the last calculation, cheapest first. */
  reachedNodes(): Int32Array {
    return this.search.settledNodes();
  }
}
