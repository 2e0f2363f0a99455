import { buildStreetNetwork } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network-builder';
import { arcHead, edgeCoordinates } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network';
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

  it('reports a file with no routable ways as an error', () => {
    const result = buildStreetNetwork({ ways: [{ id: 1, tags: { building: 'yes' }, nodeIds: [1, 2] }], coordinatesOf: () => [0, 0] }, 'empty.pbf');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('routing.network-without-routable-streets');
  });
});
