import { fromFixedDegrees } from './geodesy';
import type { StreetSegmentIndex } from './street-segment-index';

/**
 * The routable street network, held once as flat typed arrays (compressed sparse rows) so it can
 * live in shared memory and be read by every worker without copying.
 * Edges are street segments between junctions (ways split at shared nodes); each edge has an arc at
 * both of its ends, encoded `edge * 2 + direction` (0 = source to target).
 * Coordinates are fixed-point degrees (1e-7).
 */
export interface StreetNetwork {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodeLon: Int32Array;
  readonly nodeLat: Int32Array;
  /** Arcs of node n are arcs[firstArc[n] .. firstArc[n + 1]). */
  readonly firstArc: Int32Array;
  readonly arcs: Int32Array;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeLength: Float32Array;
  readonly edgeTraversal: Uint32Array;
  readonly edgeCarSpeed: Uint8Array;
  readonly edgeSurfacePenalty: Uint8Array;
  readonly edgeHighway: Uint8Array;
  /** Interior points of edge e are shape[shapeStart[e] .. shapeStart[e + 1]). */
  readonly shapeStart: Int32Array;
  readonly shapeLon: Int32Array;
  readonly shapeLat: Int32Array;
  readonly index: StreetSegmentIndex;
}

/** The typed arrays of a network, e.g. to move them into shared memory. */
export const TYPED_ARRAY_FIELDS = [
  'nodeLon', 'nodeLat', 'firstArc', 'arcs', 'edgeSource', 'edgeTarget', 'edgeLength', 'edgeTraversal', 'edgeCarSpeed',
  'edgeSurfacePenalty', 'edgeHighway', 'shapeStart', 'shapeLon', 'shapeLat',
] as const;

/** The head node of an arc. */
export const arcHead = (network: StreetNetwork, arc: number): number =>
  (arc & 1) === 0 ? network.edgeTarget[arc >> 1] : network.edgeSource[arc >> 1];

/** The edge's line from source to target, in degrees. */
export function edgeCoordinates(network: StreetNetwork, edge: number): [number, number][] {
  const source = network.edgeSource[edge];
  const target = network.edgeTarget[edge];
  const line: [number, number][] = [[fromFixedDegrees(network.nodeLon[source]), fromFixedDegrees(network.nodeLat[source])]];
  for (let i = network.shapeStart[edge]; i < network.shapeStart[edge + 1]; i++) {
    line.push([fromFixedDegrees(network.shapeLon[i]), fromFixedDegrees(network.shapeLat[i])]);
  }
  line.push([fromFixedDegrees(network.nodeLon[target]), fromFixedDegrees(network.nodeLat[target])]);
  return line;
}

/** Bytes held by the network's arrays (graph, geometry and spatial index). */
export function networkByteSize(network: StreetNetwork): number {
  let bytes = 0;
  for (const field of TYPED_ARRAY_FIELDS) bytes += network[field].byteLength;
  return bytes + network.index.cellStart.byteLength + network.index.cellEdges.byteLength;
}
