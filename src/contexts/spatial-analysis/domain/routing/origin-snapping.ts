import type { LonLat } from '../../../../shared-kernel/geometry';
import { metresPerDegreeLat, metresPerDegreeLon, toFixedDegrees } from './geodesy';
import type { NetworkOverlay } from './network-overlay';
import { edgeCoordinates, FAR_SHAPE_POINT, farShapePointIndex, shapeStartOf, type StreetNetwork } from './street-network';
import { forEachEdgeNear } from './street-segment-index';
import { modeMayUse } from './street-traversal';

/** Where an origin joins the network: a point on an edge, `alongMetres` from the edge's source. */
export interface SnappedOrigin {
  readonly origin: LonLat;
  readonly edge: number;
  readonly alongMetres: number;
  readonly offsetMetres: number;
  /** The snap point, and the index of the edge line's part it lies on (between points i and i+1). */
  readonly point: readonly [number, number];
  readonly part: number;
}

/** Reusable per-thread marks of the edges a snap has looked at (an edge is listed in several cells). */
export class EdgeMarks {
  marks = new Uint32Array(0);
  private generation = 0;

  /** Starts a new round for `edgeCount` edges; returns its mark. */
  next(edgeCount: number): number {
    if (this.marks.length < edgeCount || this.generation === 0xffffffff) {
      this.marks = new Uint32Array(Math.max(edgeCount, this.marks.length));
      this.generation = 0;
    }
    return ++this.generation;
  }
}

/**
 * Snaps an origin to the nearest edge the mode may use (not removed by a scenario) within
 * `maxMetres`, measuring in a local planar frame around the origin; null when there is none.
 */
export function snapOrigin(
  network: StreetNetwork,
  origin: LonLat,
  modeIndex: number,
  maxMetres: number,
  overlay?: NetworkOverlay,
  scratch?: EdgeMarks,
): SnappedOrigin | null {
  const kx = metresPerDegreeLon(origin.lat) / 1e7;
  const ky = metresPerDegreeLat / 1e7;
  const ox = toFixedDegrees(origin.lon);
  const oy = toFixedDegrees(origin.lat);
  const { nodeLon, nodeLat, shapeStep, edgeSource, edgeTarget } = network;

  let bestEdge = -1;
  let bestDistance = maxMetres * maxMetres;
  let bestPart = 0;
  let bestT = 0;
  let bestAlongPlanar = 0;
  let bestTotalPlanar = 0;
  const marks = scratch ?? new EdgeMarks();
  const generation = marks.next(network.edgeCount);
  const seen = marks.marks;

  forEachEdgeNear(network.index, ox, oy, maxMetres / kx, maxMetres / ky, (edge) => {
    if (seen[edge] === generation) return;
    seen[edge] = generation;
    if (!modeMayUse(network.edgeTraversal[edge], modeIndex) || overlay?.removedEdges.has(edge)) return;
    const first = shapeStartOf(network, edge);
    const last = shapeStartOf(network, edge + 1);
    // Points of the edge's line in metres around the origin: source, shape points, target.
    let lon = nodeLon[edgeSource[edge]];
    let lat = nodeLat[edgeSource[edge]];
    let x0 = (lon - ox) * kx;
    let y0 = (lat - oy) * ky;
    let travelled = 0;
    let candidateD = Infinity;
    let candidatePart = 0;
    let candidateT = 0;
    let candidateAlong = 0;
    for (let i = first; i <= last; i++) {
      if (i === last) {
        lon = nodeLon[edgeTarget[edge]];
        lat = nodeLat[edgeTarget[edge]];
      } else if (shapeStep[2 * i] === FAR_SHAPE_POINT) {
        const far = farShapePointIndex(network, i);
        lon = network.farShapeLon[far];
        lat = network.farShapeLat[far];
      } else {
        lon += shapeStep[2 * i];
        lat += shapeStep[2 * i + 1];
      }
      const x1 = (lon - ox) * kx;
      const y1 = (lat - oy) * ky;
      const dx = x1 - x0;
      const dy = y1 - y0;
      const lengthSq = dx * dx + dy * dy;
      let t = lengthSq === 0 ? 0 : -(x0 * dx + y0 * dy) / lengthSq;
      if (t < 0) t = 0;
      else if (t > 1) t = 1;
      const cx = x0 + t * dx;
      const cy = y0 + t * dy;
      const d = cx * cx + cy * cy;
      const partLength = Math.sqrt(lengthSq);
      if (d < candidateD) {
        candidateD = d;
        candidatePart = i - first;
        candidateT = t;
        candidateAlong = travelled + t * partLength;
      }
      travelled += partLength;
      x0 = x1;
      y0 = y1;
    }
    // Exact ties (an origin nearest to a junction) go to the higher edge id, whatever the grid's visiting order.
    if (candidateD < bestDistance || (candidateD === bestDistance && edge > bestEdge)) {
      bestDistance = candidateD;
      bestEdge = edge;
      bestPart = candidatePart;
      bestT = candidateT;
      bestAlongPlanar = candidateAlong;
      bestTotalPlanar = travelled;
    }
  });
  if (bestEdge < 0) return null;

  const line = edgeCoordinates(network, bestEdge);
  const [x0, y0] = line[bestPart];
  const [x1, y1] = line[bestPart + 1];
  const length = network.edgeLength[bestEdge];
  return {
    origin,
    edge: bestEdge,
    alongMetres: bestTotalPlanar > 0 ? (bestAlongPlanar / bestTotalPlanar) * length : 0,
    offsetMetres: Math.sqrt(bestDistance),
    point: [x0 + bestT * (x1 - x0), y0 + bestT * (y1 - y0)],
    part: bestPart,
  };
}
