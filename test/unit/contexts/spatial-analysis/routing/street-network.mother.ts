import { buildStreetNetwork } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network-builder';
import type { StreetNetwork } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network';
import { toFixedDegrees } from '../../../../../src/contexts/spatial-analysis/domain/routing/geodesy';
import type { OsmTags } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-profile';

/** Small hand-made networks on the equator, where 0.001° of longitude is 111.195 m. */
export const METRES_PER_MILLIDEGREE = 111.19508;

export interface HandMadeWay {
  readonly tags: OsmTags;
  readonly nodes: readonly number[];
}

export function handMadeNetwork(nodes: Record<number, readonly [number, number]>, ways: readonly HandMadeWay[]): StreetNetwork {
  const built = buildStreetNetwork(
    {
      ways: ways.map((w, i) => ({ id: i + 1, tags: w.tags, nodeIds: w.nodes })),
      coordinatesOf: (id) => (nodes[id] ? [toFixedDegrees(nodes[id][0]), toFixedDegrees(nodes[id][1])] : undefined),
    },
    'hand-made',
  );
  if (!built.ok) throw built.error;
  return built.value;
}

/** The graph node at a coordinate (nodes are numbered by the builder, not by OSM id). */
export function nodeAt(network: StreetNetwork, [lon, lat]: readonly [number, number]): number {
  for (let n = 0; n < network.nodeCount; n++) {
    if (network.nodeLon[n] === toFixedDegrees(lon) && network.nodeLat[n] === toFixedDegrees(lat)) return n;
  }
  throw new Error(`no node at ${lon},${lat}`);
}

/** Seconds to walk `millidegrees` of the equator at `kmh`. */
export const secondsFor = (millidegrees: number, kmh: number): number => (millidegrees * METRES_PER_MILLIDEGREE * 3.6) / kmh;
