import type { LonLat } from '../../../../shared-kernel/geometry';
import { metresPerDegreeLat, metresPerDegreeLon, toFixedDegrees } from './geodesy';
import type { NetworkOverlay } from './network-overlay';
import { edgeCoordinates, type StreetNetwork } from './street-network';
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
): SnappedOrigin | null {
  const kx = metresPerDegreeLon(origin.lat) / 1e7;
  const ky = metresPerDegreeLat / 1e7;
  const ox = toFixedDegrees(origin.lon);
  const oy = toFixedDegrees(origin.lat);
  const { nodeLon, nodeLat, shapeStart, shapeLon, shapeLat, edgeSource, edgeTarget } = network;

  let bestEdge = -1;
  let bestDistance = maxMetres * maxMetres;
  let bestPart = 0;
  let bestT = 0;
  let bestAlongPlanar = 0;
  let bestTotalPlanar = 0;
  const tried = new Set<number>();

  forEachEdgeNear(network.index, ox, oy, maxMetres / kx, maxMetres / ky, (edge) => {
    if (tried.has(edge)) return;
    tried.add(edge);
    if (!modeMayUse(network.edgeTraversal[edge], modeIndex) || overlay?.removedEdges.has(edge)) return;
    const first = shapeStart[edge];
    const count = shapeStart[edge + 1] - first + 2;
    const px = (i: number): number =>
      ((i === 0 ? nodeLon[edgeSource[edge]] : i === count - 1 ? nodeLon[edgeTarget[edge]] : shapeLon[first + i - 1]) - ox) * kx;
    const py = (i: number): number =>
      ((i === 0 ? nodeLat[edgeSource[edge]] : i === count - 1 ? nodeLat[edgeTarget[edge]] : shapeLat[first + i - 1]) - oy) * ky;
    let travelled = 0;
    let candidate: { d: number; part: number; t: number; along: number } | undefined;
    for (let i = 0; i < count - 1; i++) {
      const x0 = px(i);
      const y0 = py(i);
      const dx = px(i + 1) - x0;
      const dy = py(i + 1) - y0;
      const lengthSq = dx * dx + dy * dy;
      const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, -(x0 * dx + y0 * dy) / lengthSq));
      const cx = x0 + t * dx;
      const cy = y0 + t * dy;
      const d = cx * cx + cy * cy;
      const partLength = Math.sqrt(lengthSq);
      if (candidate === undefined || d < candidate.d) candidate = { d, part: i, t, along: travelled + t * partLength };
      travelled += partLength;
    }
    if (candidate && candidate.d <= bestDistance) {
      bestDistance = candidate.d;
      bestEdge = edge;
      bestPart = candidate.part;
      bestT = candidate.t;
      bestAlongPlanar = candidate.along;
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
