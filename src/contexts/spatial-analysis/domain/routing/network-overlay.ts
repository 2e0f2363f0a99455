import { fromFixedDegrees, haversineMetres, metresPerDegreeLat, metresPerDegreeLon, toFixedDegrees } from './geodesy';
import type { NetworkEdits } from './network-edits';
import type { CostedStreet } from './travel-cost-model';
import type { StreetNetwork } from './street-network';
import { classifyStreet } from './street-profile';
import { forEachEdgeNear } from './street-segment-index';

/** A street a scenario adds; edge id = base edge count + its position. */
export interface OverlayStreet extends CostedStreet {
  readonly source: number;
  readonly target: number;
  readonly lengthMetres: number;
  readonly coordinates: readonly (readonly [number, number])[];
}

/**
 * Scenario edits laid over the shared base network without touching it: removed and re-weighted
 * base edges are looked up per arc, added streets get their own arcs (and new nodes numbered after
 * the base nodes where their ends meet no existing node).
 */
export interface NetworkOverlay {
  readonly removedEdges: ReadonlySet<number>;
  readonly costFactors: ReadonlyMap<number, number>;
  readonly addedStreets: readonly OverlayStreet[];
  /** Arcs (`added index * 2 + direction`) of added streets per node. */
  readonly addedArcsByNode: ReadonlyMap<number, readonly number[]>;
  readonly extraNodeCount: number;
}

/** How close (m) an added street's end must be to an existing junction to connect to it. */
export const CONNECT_TOLERANCE_METRES = 10;

export function isEmptyEdits(edits: NetworkEdits | undefined): boolean {
  return edits === undefined || (edits.added.length === 0 && edits.removedEdgeIds.length === 0 && edits.reweighted.length === 0);
}

function nearestNode(network: StreetNetwork, lon: number, lat: number, toleranceM: number): number | undefined {
  const fixedLon = toFixedDegrees(lon);
  const fixedLat = toFixedDegrees(lat);
  const radiusLon = toFixedDegrees(toleranceM / metresPerDegreeLon(lat));
  const radiusLat = toFixedDegrees(toleranceM / metresPerDegreeLat);
  let best: number | undefined;
  let bestDistance = toleranceM;
  forEachEdgeNear(network.index, fixedLon, fixedLat, radiusLon, radiusLat, (edge) => {
    for (const node of [network.edgeSource[edge], network.edgeTarget[edge]]) {
      const d = haversineMetres(lon, lat, fromFixedDegrees(network.nodeLon[node]), fromFixedDegrees(network.nodeLat[node]));
      if (d <= bestDistance) {
        bestDistance = d;
        best = node;
      }
    }
  });
  return best;
}

export function compileNetworkOverlay(network: StreetNetwork, edits: NetworkEdits): NetworkOverlay {
  const costFactors = new Map<number, number>();
  for (const { edgeId, costFactor } of edits.reweighted) costFactors.set(edgeId, costFactor);
  const addedStreets: OverlayStreet[] = [];
  const addedArcsByNode = new Map<number, number[]>();
  const newNodes = new Map<string, number>();
  let extraNodeCount = 0;
  const endNode = (lon: number, lat: number): number => {
    const existing = nearestNode(network, lon, lat, CONNECT_TOLERANCE_METRES);
    if (existing !== undefined) return existing;
    const key = `${toFixedDegrees(lon)},${toFixedDegrees(lat)}`;
    let node = newNodes.get(key);
    if (node === undefined) {
      node = network.nodeCount + extraNodeCount++;
      newNodes.set(key, node);
    }
    return node;
  };
  const addArc = (node: number, arc: number): void => {
    const list = addedArcsByNode.get(node);
    if (list) list.push(arc);
    else addedArcsByNode.set(node, [arc]);
  };

  for (const street of edits.added) {
    const tags: Record<string, string> = { highway: street.highway };
    if (street.oneway) tags.oneway = 'yes';
    if (street.maxspeedKmh !== undefined) tags.maxspeed = String(street.maxspeedKmh);
    const profile = classifyStreet(tags);
    if (profile === null || street.coordinates.length < 2) continue;
    const coordinates = street.coordinates.map((p) => [p.lon, p.lat] as const);
    let lengthMetres = 0;
    for (let i = 1; i < coordinates.length; i++) {
      lengthMetres += haversineMetres(coordinates[i - 1][0], coordinates[i - 1][1], coordinates[i][0], coordinates[i][1]);
    }
    const first = coordinates[0];
    const last = coordinates[coordinates.length - 1];
    const source = endNode(first[0], first[1]);
    const target = endNode(last[0], last[1]);
    const index = addedStreets.length;
    addedStreets.push({
      source,
      target,
      lengthMetres,
      coordinates,
      traversal: profile.traversal,
      carSpeedKmh: profile.carSpeedKmh,
      surfacePenaltyPercent: profile.surfacePenaltyPercent,
    });
    addArc(source, index * 2);
    addArc(target, index * 2 + 1);
  }
  return { removedEdges: new Set(edits.removedEdgeIds), costFactors, addedStreets, addedArcsByNode, extraNodeCount };
}
