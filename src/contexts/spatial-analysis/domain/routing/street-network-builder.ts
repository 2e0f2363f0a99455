import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { fromFixedDegrees, haversineMetres } from './geodesy';
import type { OsmExtract } from './osm-extract';
import { networkWithoutRoutableStreets } from './routing-errors';
import { FAR_SHAPE_POINT, type StreetNetwork } from './street-network';
import { classifyStreet, type StreetProfile } from './street-profile';
import { buildStreetSegmentIndex } from './street-segment-index';

interface RoutableWay {
  readonly profile: StreetProfile;
  readonly nodeIds: number[];
}

/** Keeps routable ways, dropping nodes the file lacks and repeated consecutive nodes. */
function routableWays(extract: OsmExtract): RoutableWay[] {
  const ways: RoutableWay[] = [];
  for (const way of extract.ways) {
    const profile = classifyStreet(way.tags);
    if (profile === null) continue;
    const nodeIds: number[] = [];
    for (const id of way.nodeIds) {
      if (extract.coordinatesOf(id) !== undefined && nodeIds[nodeIds.length - 1] !== id) nodeIds.push(id);
    }
    if (nodeIds.length >= 2) ways.push({ profile, nodeIds });
  }
  return ways;
}

/**
 * Builds the routable network: ways split wherever they share a node with another way (or touch
 * themselves), so every junction is a graph node and the rest of the line is edge geometry.
 */
export function buildStreetNetwork(extract: OsmExtract, sourceName: string): Result<StreetNetwork, DomainError> {
  const ways = routableWays(extract);
  if (ways.length === 0) return err(networkWithoutRoutableStreets(sourceName));

  const uses = new Map<number, number>();
  for (const way of ways) {
    for (const id of way.nodeIds) uses.set(id, (uses.get(id) ?? 0) + 1);
  }

  const nodeIndex = new Map<number, number>();
  const nodeLon: number[] = [];
  const nodeLat: number[] = [];
  const graphNode = (osmId: number): number => {
    let index = nodeIndex.get(osmId);
    if (index === undefined) {
      const [lon, lat] = extract.coordinatesOf(osmId)!;
      index = nodeLon.length;
      nodeIndex.set(osmId, index);
      nodeLon.push(lon);
      nodeLat.push(lat);
    }
    return index;
  };

  const source: number[] = [];
  const target: number[] = [];
  const length: number[] = [];
  const profiles: StreetProfile[] = [];
  const shapeStart: number[] = [0];
  const shapeLon: number[] = [];
  const shapeLat: number[] = [];
  for (const way of ways) {
    let start = 0;
    let metres = 0;
    for (let i = 1; i < way.nodeIds.length; i++) {
      const [lon0, lat0] = extract.coordinatesOf(way.nodeIds[i - 1])!;
      const [lon1, lat1] = extract.coordinatesOf(way.nodeIds[i])!;
      metres += haversineMetres(fromFixedDegrees(lon0), fromFixedDegrees(lat0), fromFixedDegrees(lon1), fromFixedDegrees(lat1));
      const last = i === way.nodeIds.length - 1;
      if (!last && (uses.get(way.nodeIds[i]) ?? 0) < 2) {
        shapeLon.push(lon1);
        shapeLat.push(lat1);
        continue;
      }
      source.push(graphNode(way.nodeIds[start]));
      target.push(graphNode(way.nodeIds[i]));
      length.push(metres);
      profiles.push(way.profile);
      shapeStart.push(shapeLon.length);
      start = i;
      metres = 0;
    }
  }
  return ok(assemble(nodeLon, nodeLat, source, target, length, profiles, shapeStart, shapeLon, shapeLat));
}

function assemble(
  nodeLonList: number[],
  nodeLatList: number[],
  source: number[],
  target: number[],
  length: number[],
  profiles: StreetProfile[],
  shapeStart: number[],
  shapeLon: number[],
  shapeLat: number[],
): StreetNetwork {
  const nodeCount = nodeLonList.length;
  const edgeCount = source.length;
  const firstArc = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    firstArc[source[e] + 1]++;
    firstArc[target[e] + 1]++;
  }
  for (let n = 0; n < nodeCount; n++) firstArc[n + 1] += firstArc[n];
  const fill = firstArc.slice(0, nodeCount);
  const arcs = new Int32Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    arcs[fill[source[e]]++] = e * 2;
    arcs[fill[target[e]]++] = e * 2 + 1;
  }
  const nodeLon = Int32Array.from(nodeLonList);
  const nodeLat = Int32Array.from(nodeLatList);
  const edgeSource = Int32Array.from(source);
  const edgeTarget = Int32Array.from(target);
  const shape = { start: Int32Array.from(shapeStart), lon: Int32Array.from(shapeLon), lat: Int32Array.from(shapeLat) };

  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let n = 0; n < nodeCount; n++) {
    west = Math.min(west, nodeLon[n]);
    east = Math.max(east, nodeLon[n]);
    south = Math.min(south, nodeLat[n]);
    north = Math.max(north, nodeLat[n]);
  }
  for (let i = 0; i < shape.lon.length; i++) {
    west = Math.min(west, shape.lon[i]);
    east = Math.max(east, shape.lon[i]);
    south = Math.min(south, shape.lat[i]);
    north = Math.max(north, shape.lat[i]);
  }
  const index = buildStreetSegmentIndex(
    {
      count: edgeCount,
      forEachPoint: (e, visit) => {
        visit(nodeLon[edgeSource[e]], nodeLat[edgeSource[e]]);
        for (let i = shape.start[e]; i < shape.start[e + 1]; i++) visit(shape.lon[i], shape.lat[i]);
        visit(nodeLon[edgeTarget[e]], nodeLat[edgeTarget[e]]);
      },
    },
    [west, south, east, north],
  );

  return {
    nodeCount,
    edgeCount,
    nodeLon,
    nodeLat,
    firstArc,
    arcs,
    edgeSource,
    edgeTarget,
    edgeLength: Float32Array.from(length),
    edgeTraversal: Uint32Array.from(profiles, (p) => p.traversal),
    edgeCarSpeed: Uint8Array.from(profiles, (p) => p.carSpeedKmh),
    edgeSurfacePenalty: Uint8Array.from(profiles, (p) => Math.min(255, p.surfacePenaltyPercent)),
    edgeHighway: Uint8Array.from(profiles, (p) => p.highwayCode),
    ...shapeBlocks(edgeCount, shape.start),
    ...shapeSteps(edgeCount, nodeLon, nodeLat, edgeSource, shape),
    index,
  };
}

type ShapeSteps = Pick<StreetNetwork, 'shapeStep' | 'farShapePoint' | 'farShapeLon' | 'farShapeLat'>;

/** Each shape point as its step from the previous point of its edge; steps beyond Int16 go whole to the far table. */
function shapeSteps(
  edgeCount: number,
  nodeLon: Int32Array,
  nodeLat: Int32Array,
  edgeSource: Int32Array,
  shape: { start: Int32Array; lon: Int32Array; lat: Int32Array },
): ShapeSteps {
  const shapeStep = new Int16Array(2 * shape.lon.length);
  const far: number[] = [];
  const fits = (step: number): boolean => step > FAR_SHAPE_POINT && step <= 32767;
  for (let e = 0; e < edgeCount; e++) {
    let lon = nodeLon[edgeSource[e]];
    let lat = nodeLat[edgeSource[e]];
    for (let i = shape.start[e]; i < shape.start[e + 1]; i++) {
      const stepLon = shape.lon[i] - lon;
      const stepLat = shape.lat[i] - lat;
      if (fits(stepLon) && fits(stepLat)) {
        shapeStep[2 * i] = stepLon;
        shapeStep[2 * i + 1] = stepLat;
      } else {
        shapeStep[2 * i] = FAR_SHAPE_POINT;
        far.push(i);
      }
      lon = shape.lon[i];
      lat = shape.lat[i];
    }
  }
  return {
    shapeStep,
    farShapePoint: Int32Array.from(far),
    farShapeLon: Int32Array.from(far, (i) => shape.lon[i]),
    farShapeLat: Int32Array.from(far, (i) => shape.lat[i]),
  };
}

const MAX_SHAPE_BLOCK_SHIFT = 6;

/** Per-edge Uint16 offsets from block starts; blocks shrink (down to one edge) until every offset fits. */
function shapeBlocks(edgeCount: number, start: Int32Array): Pick<StreetNetwork, 'shapeBlockShift' | 'shapeBlockStart' | 'shapeOffset'> {
  let shift = MAX_SHAPE_BLOCK_SHIFT;
  const offset = (e: number, s: number): number => start[e] - start[(e >> s) << s];
  const fits = (s: number): boolean => {
    for (let e = 0; e <= edgeCount; e++) if (offset(e, s) > 0xffff) return false;
    return true;
  };
  while (shift > 0 && !fits(shift)) shift--;
  const shapeBlockStart = new Int32Array((edgeCount >> shift) + 1);
  for (let b = 0; b < shapeBlockStart.length; b++) shapeBlockStart[b] = start[b << shift];
  return { shapeBlockShift: shift, shapeBlockStart, shapeOffset: Uint16Array.from({ length: edgeCount + 1 }, (_, e) => offset(e, shift)) };
}
