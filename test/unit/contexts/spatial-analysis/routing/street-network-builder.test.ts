import { buildStreetNetwork } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network-builder';
import { snapOrigin } from '../../../../../src/contexts/spatial-analysis/domain/routing/origin-snapping';
import { arcHead, edgeCoordinates, FAR_SHAPE_POINT, shapeStartOf } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network';
import { handMadeNetwork, METRES_PER_MILLIDEGREE, nodeAt } from './street-network.mother';

describe('building the street network', () => {
  // A long way 1-2-3-4-5 crossed at node 3 by way 6-3-7; node 2 and 4 are shape points only.
  const network = handMadeNetwork(
    { 1: [0, 0], 2: [0.001, 0], 3: [0.002, 0], 4: [0.003, 0], 5: [0.004, 0], 6: [0.002, 0.001], 7: [0.002, -0.001] },
    [
      { tags: { highway: 'residential' }, nodes: [1, 2, 3, 4, 5] },
      { tags: { highway: 'footway' }, nodes: [6, 3, 7] },
      { tags: { building: 'yes' }, nodes: [1, 6, 5] },
    ],
  );

  it('splits ways at shared nodes and keeps the rest as geometry', () => {
    expect(network.edgeCount).toBe(4);
    expect(network.nodeCount).toBe(5);
    const first = [...Array(network.edgeCount).keys()].find((e) => network.edgeSource[e] === nodeAt(network, [0, 0]))!;
    expect(edgeCoordinates(network, first)).toEqual([[0, 0], [0.001, 0], [0.002, 0]]);
    expect(network.edgeLength[first]).toBeCloseTo(2 * METRES_PER_MILLIDEGREE, 2);
  });

  it('gives every node an arc for each incident edge (compressed rows)', () => {
    const junction = nodeAt(network, [0.002, 0]);
    expect(network.firstArc[junction + 1] - network.firstArc[junction]).toBe(4);
    const heads = [];
    for (let a = network.firstArc[junction]; a < network.firstArc[junction + 1]; a++) heads.push(arcHead(network, network.arcs[a]));
    expect(heads.sort()).toEqual(
      [nodeAt(network, [0, 0]), nodeAt(network, [0.004, 0]), nodeAt(network, [0.002, 0.001]), nodeAt(network, [0.002, -0.001])].sort(),
    );
  });

  it('keeps shape points exactly, far steps (beyond Int16) included, for lines and snapping', () => {
    // 1 → 2 is ≈ 5.5 km (a far step), 2 → 3 a small one, 3 → 4 far again, back west by ≈ 4 km.
    const coordinates = { 1: [-51.2, -30.03], 2: [-51.15, -30.0300001], 3: [-51.1499999, -30.0299], 4: [-51.19, -30.02], 5: [-51.19, -30.01] } as const;
    const far = handMadeNetwork(coordinates, [{ tags: { highway: 'residential' }, nodes: [1, 2, 3, 4, 5] }]);
    expect(far.edgeCount).toBe(1);
    expect(Array.from(far.farShapePoint)).toEqual([0, 2]);
    expect(far.shapeStep[2]).not.toBe(FAR_SHAPE_POINT);
    const line = edgeCoordinates(far, 0);
    [1, 2, 3, 4, 5].forEach((id, i) => {
      expect(line[i][0]).toBeCloseTo(coordinates[id as 1][0], 9);
      expect(line[i][1]).toBeCloseTo(coordinates[id as 1][1], 9);
    });
    // Beside the middle of 3 → 4, whose end is the second far point.
    const snapped = snapOrigin(far, { lon: -51.17, lat: -30.0249 }, 0, 200)!;
    expect(snapped.part).toBe(2);
    expect(snapped.point[0]).toBeCloseTo(-51.17, 3);
    expect(snapped.offsetMetres).toBeLessThan(10);
  });

  it('narrows the shape blocks until every per-edge offset fits in 16 bits', () => {
    // Three edges in a row with 70,000 interior points each: a block of two edges already overflows.
    const nodes: Record<number, [number, number]> = {};
    const ways = [0, 1, 2].map((w) => {
      const ids = Array.from({ length: 70_002 }, (_, i) => w * 70_001 + i + 1);
      for (const id of ids) nodes[id] = [(id - 1) * 1e-6, 0];
      return { tags: { highway: 'residential' }, nodes: ids };
    });
    const long = handMadeNetwork(nodes, ways);
    expect(long.edgeCount).toBe(3);
    expect(long.shapeBlockShift).toBe(0);
    expect([0, 1, 2, 3].map((e) => shapeStartOf(long, e))).toEqual([0, 70_000, 140_000, 210_000]);
    const last = edgeCoordinates(long, 2);
    expect(last).toHaveLength(70_002);
    expect(last[70_001][0]).toBeCloseTo(210_003e-6, 9);
    expect(network.shapeBlockShift).toBe(6);
  });

  it('reports a file with no routable ways as an error', () => {
    const result = buildStreetNetwork({ ways: [{ id: 1, tags: { building: 'yes' }, nodeIds: [1, 2] }], coordinatesOf: () => [0, 0] }, 'empty.pbf');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('routing.network-without-routable-streets');
  });
});
