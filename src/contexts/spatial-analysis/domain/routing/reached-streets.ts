import type { NetworkOverlay } from './network-overlay';
import type { SnappedOrigin } from './origin-snapping';
import type { ShortestPathSearch } from './shortest-path-search';
import { edgeCoordinates, type StreetNetwork } from './street-network';
import { costPerMetre, type TravelCostModel } from './travel-cost-model';

/**
 * A stretch of street the search reached, with the cost at both ends and per metre each way, so a
 * cost can be read anywhere along it. Edges holding an origin come split at the origin.
 */
export interface ReachedStreet {
  readonly edgeId: number;
  readonly coordinates: readonly (readonly [number, number])[];
  readonly lengthMetres: number;
  readonly fromCost: number;
  readonly toCost: number;
  readonly forwardPerMetre: number;
  readonly backwardPerMetre: number;
}

/** Cost at `alongMetres` from the street's start: the cheaper of arriving from either end. */
export const costAlong = (street: ReachedStreet, alongMetres: number): number =>
  Math.min(street.fromCost + alongMetres * street.forwardPerMetre, street.toCost + (street.lengthMetres - alongMetres) * street.backwardPerMetre);

function reached(
  edgeId: number,
  coordinates: readonly (readonly [number, number])[],
  lengthMetres: number,
  fromCost: number,
  toCost: number,
  forwardPerMetre: number,
  backwardPerMetre: number,
): ReachedStreet | null {
  // An end not reached directly may still be reached along the street from the other end.
  const from = Math.min(fromCost, toCost + lengthMetres * backwardPerMetre);
  const to = Math.min(toCost, fromCost + lengthMetres * forwardPerMetre);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  return { edgeId, coordinates, lengthMetres, fromCost: from, toCost: to, forwardPerMetre, backwardPerMetre };
}

function splitAtOrigin(
  network: StreetNetwork,
  search: ShortestPathSearch,
  snap: SnappedOrigin,
  forward: number,
  backward: number,
): ReachedStreet[] {
  const line = edgeCoordinates(network, snap.edge);
  const length = network.edgeLength[snap.edge];
  const before = [...line.slice(0, snap.part + 1), snap.point];
  const after = [snap.point, ...line.slice(snap.part + 1)];
  const source = search.costAt(network.edgeSource[snap.edge]);
  const target = search.costAt(network.edgeTarget[snap.edge]);
  return [
    reached(snap.edge, before, snap.alongMetres, source, 0, forward, backward),
    reached(snap.edge, after, length - snap.alongMetres, 0, target, forward, backward),
  ].filter((s): s is ReachedStreet => s !== null);
}

/** Every street the last search reached at least in part (costs above the budget are the caller's to clip). */
export function collectReachedStreets(
  network: StreetNetwork,
  search: ShortestPathSearch,
  model: TravelCostModel,
  snaps: readonly SnappedOrigin[],
  overlay?: NetworkOverlay,
): ReachedStreet[] {
  const factorOf = (edge: number): number => overlay?.costFactors.get(edge) ?? 1;
  const perMetre = (edge: number, direction: 0 | 1): number =>
    costPerMetre(
      model,
      { traversal: network.edgeTraversal[edge], carSpeedKmh: network.edgeCarSpeed[edge], surfacePenaltyPercent: network.edgeSurfacePenalty[edge] },
      direction,
    ) * factorOf(edge);
  const snappedEdges = new Set(snaps.map((s) => s.edge));
  const result: ReachedStreet[] = [];
  for (const snap of snaps) result.push(...splitAtOrigin(network, search, snap, perMetre(snap.edge, 0), perMetre(snap.edge, 1)));

  const { firstArc, arcs, edgeSource, edgeTarget, edgeLength } = network;
  for (const node of search.settledNodes()) {
    if (node < network.nodeCount) {
      for (let a = firstArc[node]; a < firstArc[node + 1]; a++) {
        const edge = arcs[a] >> 1;
        const other = arcs[a] & 1 ? edgeSource[edge] : edgeTarget[edge];
        // Visit each edge once: from its cheaper-numbered reached end, or from its only reached end.
        const otherReached = search.costAt(other) !== Infinity;
        if (otherReached && (other < node || (other === node && (arcs[a] & 1) === 1))) continue;
        if (snappedEdges.has(edge) || overlay?.removedEdges.has(edge)) continue;
        const street = reached(
          edge,
          edgeCoordinates(network, edge),
          edgeLength[edge],
          search.costAt(edgeSource[edge]),
          search.costAt(edgeTarget[edge]),
          perMetre(edge, 0),
          perMetre(edge, 1),
        );
        if (street) result.push(street);
      }
    }
    const added = overlay?.addedArcsByNode.get(node);
    for (const arc of added ?? []) {
      const street = overlay!.addedStreets[arc >> 1];
      const other = arc & 1 ? street.source : street.target;
      if (search.costAt(other) !== Infinity && (other < node || (other === node && (arc & 1) === 1))) continue;
      const found = reached(
        network.edgeCount + (arc >> 1),
        street.coordinates,
        street.lengthMetres,
        search.costAt(street.source),
        search.costAt(street.target),
        costPerMetre(model, street, 0),
        costPerMetre(model, street, 1),
      );
      if (found) result.push(found);
    }
  }
  return result;
}
