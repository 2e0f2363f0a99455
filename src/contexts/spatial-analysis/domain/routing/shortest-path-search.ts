import { ArcCostCache } from './arc-costs';
import { BucketQueue } from './bucket-queue';
import type { NetworkOverlay } from './network-overlay';
import type { StreetNetwork } from './street-network';
import { costPerMetre, type TravelCostModel } from './travel-cost-model';

/** A node the search starts from, with the cost already spent to reach it (partial edge at the origin). */
export interface SearchSeed {
  readonly node: number;
  readonly cost: number;
}

/**
 * Bounded multi-source Dijkstra over the shared network (bucket queue, precomputed arc costs). One
 * instance per thread: its scratch arrays and arc costs are reused across searches, and a generation
 * stamp marks which costs belong to the current search, so nothing is re-filled between searches.
 */
export class ShortestPathSearch {
  private cost: Float64Array;
  private stamp: Uint32Array;
  private settled: Int32Array;
  private settledCount = 0;
  private generation = 0;
  private budget = 0;
  private readonly queue = new BucketQueue(4096);
  private readonly arcCosts: ArcCostCache;

  constructor(private readonly network: StreetNetwork) {
    this.cost = new Float64Array(network.nodeCount);
    this.stamp = new Uint32Array(network.nodeCount);
    this.settled = new Int32Array(network.nodeCount);
    this.arcCosts = new ArcCostCache(network);
  }

  /** Cost to reach a node within the budget of the last search, else Infinity. */
  costAt(node: number): number {
    if (node >= this.stamp.length || this.stamp[node] !== this.generation) return Infinity;
    const cost = this.cost[node];
    return cost <= this.budget ? cost : Infinity;
  }

  /** Bytes of per-thread memory this search holds: scratch per node and the cached arc costs. */
  scratchByteSize(): number {
    return this.cost.byteLength + this.stamp.byteLength + this.settled.byteLength + this.arcCosts.byteSize();
  }

  /** Nodes settled by the last search, in order of cost. */
  settledNodes(): Int32Array {
    return this.settled.subarray(0, this.settledCount);
  }

  /**
   * Runs the search; costs above the budget are never settled. Returns the number of settled nodes.
   * Arc costs come precomputed per cost model (ArcCostCache); scenario edits are checked per arc
   * only when an overlay is given.
   */
  run(seeds: readonly SearchSeed[], model: TravelCostModel, budget: number, overlay?: NetworkOverlay): number {
    this.prepare(this.network.nodeCount + (overlay?.extraNodeCount ?? 0));
    this.budget = budget;
    const arcCost = this.arcCosts.costsFor(model);
    const { firstArc, arcs, edgeSource, edgeTarget } = this.network;
    const cost = this.cost;
    const stamp = this.stamp;
    const settled = this.settled;
    const generation = this.generation;
    const queue = this.queue;
    queue.reset(budget);

    for (const seed of seeds) {
      const value = seed.cost;
      const node = seed.node;
      if (value <= budget && (stamp[node] !== generation || value < cost[node])) {
        stamp[node] = generation;
        cost[node] = value;
        queue.push(value, node);
      }
    }

    let settledCount = 0;
    for (let node = queue.pop(); node >= 0; node = queue.pop()) {
      const key = queue.topKey;
      if (key > cost[node]) continue;
      settled[settledCount++] = node;
      if (overlay !== undefined) {
        this.relaxEdited(node, key, arcCost, model, budget, overlay);
        continue;
      }
      for (let a = firstArc[node], end = firstArc[node + 1]; a < end; a++) {
        const next = key + arcCost[a];
        if (next > budget) continue;
        const arc = arcs[a];
        const head = arc & 1 ? edgeSource[arc >> 1] : edgeTarget[arc >> 1];
        if (stamp[head] !== generation || next < cost[head]) {
          stamp[head] = generation;
          cost[head] = next;
          queue.push(next, head);
        }
      }
    }
    this.settledCount = settledCount;
    return settledCount;
  }

  /** The slow path of `run` for scenario searches: removed and re-weighted edges, added streets. */
  private relaxEdited(node: number, key: number, arcCost: Float32Array, model: TravelCostModel, budget: number, overlay: NetworkOverlay): void {
    const { firstArc, arcs, edgeSource, edgeTarget } = this.network;
    if (node < this.network.nodeCount) {
      for (let a = firstArc[node], end = firstArc[node + 1]; a < end; a++) {
        const arc = arcs[a];
        const edge = arc >> 1;
        if (overlay.removedEdges.has(edge)) continue;
        this.relax(arc & 1 ? edgeSource[edge] : edgeTarget[edge], key + arcCost[a] * (overlay.costFactors.get(edge) ?? 1), budget);
      }
    }
    const added = overlay.addedArcsByNode.get(node);
    if (added) {
      for (const arc of added) {
        const street = overlay.addedStreets[arc >> 1];
        const backward = (arc & 1) as 0 | 1;
        const perMetre = costPerMetre(model, street, backward);
        if (perMetre === Infinity) continue;
        this.relax(backward ? street.source : street.target, key + street.lengthMetres * perMetre, budget);
      }
    }
  }

  private relax(node: number, value: number, budget: number): void {
    if (value <= budget && (this.stamp[node] !== this.generation || value < this.cost[node])) {
      this.stamp[node] = this.generation;
      this.cost[node] = value;
      this.queue.push(value, node);
    }
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
    this.settledCount = 0;
  }
}
