import { MinHeap } from './min-heap';
import type { NetworkOverlay } from './network-overlay';
import type { StreetNetwork } from './street-network';
import { COST_CAR_SPEED, COST_SURFACE, costPerMetre, type TravelCostModel } from './travel-cost-model';

/** A node the search starts from, with the cost already spent to reach it (partial edge at the origin). */
export interface SearchSeed {
  readonly node: number;
  readonly cost: number;
}

/**
 * Bounded multi-source Dijkstra over the shared network. One instance per thread: its scratch arrays
 * are reused across searches, and a generation stamp marks which costs belong to the current search,
 * so nothing is re-filled between searches.
 */
export class ShortestPathSearch {
  private cost: Float64Array;
  private stamp: Uint32Array;
  private settled: Int32Array;
  private settledCount = 0;
  private generation = 0;
  private budget = 0;
  private readonly heap = new MinHeap(4096);

  constructor(private readonly network: StreetNetwork) {
    this.cost = new Float64Array(network.nodeCount);
    this.stamp = new Uint32Array(network.nodeCount);
    this.settled = new Int32Array(network.nodeCount);
  }

  /** Cost to reach a node within the budget of the last search, else Infinity. */
  costAt(node: number): number {
    if (node >= this.stamp.length || this.stamp[node] !== this.generation) return Infinity;
    const cost = this.cost[node];
    return cost <= this.budget ? cost : Infinity;
  }

  /** Nodes settled by the last search, in order of cost. */
  settledNodes(): Int32Array {
    return this.settled.subarray(0, this.settledCount);
  }

  /** Runs the search; costs above the budget are never settled. Returns the number of settled nodes. */
  run(seeds: readonly SearchSeed[], model: TravelCostModel, budget: number, overlay?: NetworkOverlay): number {
    this.prepare(this.network.nodeCount + (overlay?.extraNodeCount ?? 0));
    this.budget = budget;
    const { firstArc, arcs, edgeSource, edgeTarget, edgeLength, edgeTraversal, edgeCarSpeed, edgeSurfacePenalty } = this.network;
    const baseNodes = this.network.nodeCount;
    const cost = this.cost;
    const stamp = this.stamp;
    const generation = this.generation;
    const heap = this.heap;
    const forwardShift = model.modeIndex * 2;
    const backwardShift = (5 + model.modeIndex) * 2;
    const { kind, ridePerMetre, pushPerMetre } = model;
    const edited = overlay !== undefined;

    const relax = (node: number, value: number): void => {
      if (value <= budget && (stamp[node] !== generation || value < cost[node])) {
        stamp[node] = generation;
        cost[node] = value;
        heap.push(value, node);
      }
    };
    for (const seed of seeds) relax(seed.node, seed.cost);

    let settledCount = 0;
    while (heap.size > 0) {
      const key = heap.peekKey();
      const node = heap.pop();
      if (key > cost[node]) continue;
      this.settled[settledCount++] = node;
      if (node < baseNodes) {
        for (let a = firstArc[node], end = firstArc[node + 1]; a < end; a++) {
          const arc = arcs[a];
          const edge = arc >> 1;
          const backward = arc & 1;
          const traversal = (edgeTraversal[edge] >>> (backward ? backwardShift : forwardShift)) & 3;
          if (traversal === 0) continue;
          let perMetre = pushPerMetre;
          if (traversal === 1) {
            perMetre = ridePerMetre;
            if (kind === COST_SURFACE) perMetre *= 1 + edgeSurfacePenalty[edge] / 100;
            else if (kind === COST_CAR_SPEED) perMetre /= edgeCarSpeed[edge];
          }
          if (edited) {
            if (overlay.removedEdges.has(edge)) continue;
            perMetre *= overlay.costFactors.get(edge) ?? 1;
          }
          const next = key + edgeLength[edge] * perMetre;
          const head = backward ? edgeSource[edge] : edgeTarget[edge];
          if (next <= budget && (stamp[head] !== generation || next < cost[head])) {
            stamp[head] = generation;
            cost[head] = next;
            heap.push(next, head);
          }
        }
      }
      if (edited) {
        const added = overlay.addedArcsByNode.get(node);
        if (added) {
          for (const arc of added) {
            const street = overlay.addedStreets[arc >> 1];
            const backward = (arc & 1) as 0 | 1;
            const perMetre = costPerMetre(model, street, backward);
            if (perMetre === Infinity) continue;
            relax(backward ? street.source : street.target, key + street.lengthMetres * perMetre);
          }
        }
      }
    }
    this.settledCount = settledCount;
    return settledCount;
  }

  private prepare(nodes: number): void {
    if (nodes > this.cost.length) {
      this.cost = new Float64Array(nodes);
      this.stamp = new Uint32Array(nodes);
      this.settled = new Int32Array(nodes);
      this.generation = 0;
    }
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    this.generation++;
    this.heap.clear();
    this.settledCount = 0;
  }
}
