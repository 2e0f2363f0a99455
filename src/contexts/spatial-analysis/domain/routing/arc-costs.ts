import type { StreetNetwork } from './street-network';
import { COST_CAR_SPEED, COST_SURFACE, type TravelCostModel } from './travel-cost-model';

/**
 * Cost of every arc for one cost model, in CSR arc order (`arcs` order), so the search reads one
 * Float32 per arc instead of evaluating traversal bits, speeds and surfaces per edge. Closed arcs
 * cost Infinity. Built once per thread and model (see ArcCostCache), never per search.
 */
export function buildArcCosts(network: StreetNetwork, model: TravelCostModel): Float32Array {
  const { arcs, edgeLength, edgeTraversal, edgeCarSpeed, edgeSurfacePenalty } = network;
  const costs = new Float32Array(arcs.length);
  const forwardShift = model.modeIndex * 2;
  const backwardShift = (5 + model.modeIndex) * 2;
  const { kind, ridePerMetre, pushPerMetre } = model;
  for (let a = 0; a < arcs.length; a++) {
    const arc = arcs[a];
    const edge = arc >> 1;
    const traversal = (edgeTraversal[edge] >>> (arc & 1 ? backwardShift : forwardShift)) & 3;
    if (traversal === 0) {
      costs[a] = Infinity;
      continue;
    }
    // Same arithmetic as costPerMetre (travel-cost-model.ts), kept inline for the build loop.
    let perMetre = pushPerMetre;
    if (traversal === 1) {
      perMetre = ridePerMetre;
      if (kind === COST_SURFACE) perMetre *= 1 + edgeSurfacePenalty[edge] / 100;
      else if (kind === COST_CAR_SPEED) perMetre /= edgeCarSpeed[edge];
    }
    costs[a] = edgeLength[edge] * perMetre;
  }
  return costs;
}

const modelKey = (model: TravelCostModel): string => `${model.modeIndex}:${model.kind}:${model.ridePerMetre}:${model.pushPerMetre}`;

/**
 * Per-thread cache of arc costs: one slot per mode (a request with another speed or limit kind for
 * the same mode replaces that mode's slot), so at most five arrays of 4 bytes per arc are held.
 */
export class ArcCostCache {
  private readonly slots = new Map<number, { key: string; costs: Float32Array }>();

  constructor(private readonly network: StreetNetwork) {}

  costsFor(model: TravelCostModel): Float32Array {
    const key = modelKey(model);
    const slot = this.slots.get(model.modeIndex);
    if (slot !== undefined && slot.key === key) return slot.costs;
    const costs = buildArcCosts(this.network, model);
    this.slots.set(model.modeIndex, { key, costs });
    return costs;
  }

  /** Bytes currently held (for memory reports). */
  byteSize(): number {
    let bytes = 0;
    for (const slot of this.slots.values()) bytes += slot.costs.byteLength;
    return bytes;
  }
}
