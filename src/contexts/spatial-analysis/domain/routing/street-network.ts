import { fromFixedDegrees } from './geodesy';
import type { StreetSegmentIndex } from './street-segment-index';

/**
 * The routable street network, held once as flat typed arrays (compressed sparse rows) so it can
 * live in shared memory and be read by every worker without copying.
 * Edges are street segments between junctions (ways split at shared nodes); each edge has an arc at
 * both of its ends, encoded `edge * 2 + direction` (0 = source to target).
 * Coordinates are fixed-point degrees (1e-7). Shape points are stored as Int16 steps from the previous
 * point of their edge (the source node for the first): 4 bytes a point instead of 8, exact. A step
 * beyond ±32767 (≈ 360 m, a handful per city) is marked FAR_SHAPE_POINT and the point is kept whole
 * in the far-point table.
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
  /**
   * Interior points of edge e are points shapeStartOf(e) .. shapeStartOf(e + 1) - 1, kept as a
   * Uint16 offset per edge from the first point of its block of 2^shapeBlockShift edges (2 bytes an
   * edge instead of 4; the builder narrows the blocks until every offset fits).
   */
  readonly shapeBlockShift: number;
  readonly shapeBlockStart: Int32Array;
  readonly shapeOffset: Uint16Array;
  /** Point i's step from the previous point: lon at 2i, lat at 2i + 1. */
  readonly shapeStep: Int16Array;
  /** Points whose step did not fit (ascending point numbers) and their coordinates. */
  readonly farShapePoint: Int32Array;
  readonly farShapeLon: Int32Array;
  readonly farShapeLat: Int32Array;
  readonly index: StreetSegmentIndex;
}

/** The typed arrays of a network, e.g. to move them into shared memory. */
export const TYPED_ARRAY_FIELDS = [
  'nodeLon', 'nodeLat', 'firstArc', 'arcs', 'edgeSource', 'edgeTarget', 'edgeLength', 'edgeTraversal', 'edgeCarSpeed',
  'edgeSurfacePenalty', 'edgeHighway', 'shapeBlockStart', 'shapeOffset', 'shapeStep', 'farShapePoint', 'farShapeLon', 'farShapeLat',
] as const;

/** The number of edge e's first interior point (e = edgeCount gives the total). */
export const shapeStartOf = (network: StreetNetwork, edge: number): number =>
  network.shapeBlockStart[edge >> network.shapeBlockShift] + network.shapeOffset[edge];

/** The step value marking a shape point kept whole in the far-point table. */
export const FAR_SHAPE_POINT = -32768;

/** Position of shape point i in the far-point table (it must be there). */
export function farShapePointIndex(network: StreetNetwork, point: number): number {
  const far = network.farShapePoint;
  let low = 0;
  let high = far.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (far[middle] < point) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Calls `visit` with each point of the edge from source to target, in fixed-point degrees. */
export function forEachEdgePoint(network: StreetNetwork, edge: number, visit: (lon: number, lat: number) => void): void {
  const { shapeStep } = network;
  let lon = network.nodeLon[network.edgeSource[edge]];
  let lat = network.nodeLat[network.edgeSource[edge]];
  visit(lon, lat);
  const last = shapeStartOf(network, edge + 1);
  for (let i = shapeStartOf(network, edge); i < last; i++) {
    if (shapeStep[2 * i] === FAR_SHAPE_POINT) {
      const far = farShapePointIndex(network, i);
      lon = network.farShapeLon[far];
      lat = network.farShapeLat[far];
    } else {
      lon += shapeStep[2 * i];
      lat += shapeStep[2 * i + 1];
    }
    visit(lon, lat);
  }
  const target = network.edgeTarget[edge];
  visit(network.nodeLon[target], network.nodeLat[target]);
}

/** The head node of an arc. */
export const arcHead = (network: StreetNetwork, arc: number): number =>
  (arc & 1) === 0 ? network.edgeTarget[arc >> 1] : network.edgeSource[arc >> 1];

/** The edge's line from source to target, in degrees. */
export function edgeCoordinates(network: StreetNetwork, edge: number): [number, number][] {
  const line: [number, number][] = [];
  forEachEdgePoint(network, edge, (lon, lat) => line.push([fromFixedDegrees(lon), fromFixedDegrees(lat)]));
  return line;
}

/** Bytes held by the network's arrays (graph, geometry and spatial index). */
export function networkByteSize(network: StreetNetwork): number {
  let bytes = 0;
  for (const field of TYPED_ARRAY_FIELDS) bytes += network[field].byteLength;
  return bytes + network.index.cellStart.byteLength + network.index.cellEdges.byteLength;
}
