import { TravelTimeCalculator } from '../../../../../src/contexts/spatial-analysis/domain/routing/travel-time-calculator';
import type { TravelRequest } from '../../../../../src/contexts/spatial-analysis/domain/routing/travel-request';
import type { StreetMode } from '../../../../../src/contexts/spatial-analysis/domain/routing/travel-mode';
import type { TravelLimit } from '../../../../../src/contexts/spatial-analysis/domain/routing/travel-limit';
import type { NetworkEdits } from '../../../../../src/contexts/spatial-analysis/domain/routing/network-edits';
import { shapeStartOf, type StreetNetwork } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network';
import { handMadeNetwork, METRES_PER_MILLIDEGREE, nodeAt, secondsFor } from './street-network.mother';

const A = [0, 0] as const;
const B = [0.001, 0] as const;
const C = [0.002, 0] as const;
const D = [0.001, 0.001] as const;

/** A —— B —— C along the equator, plus a detour A — D — B to the north. */
function lineWithDetour(abTags: Record<string, string>, bcTags: Record<string, string> = { highway: 'residential' }): StreetNetwork {
  return handMadeNetwork({ 1: A, 2: B, 3: C, 4: D }, [
    { tags: abTags, nodes: [1, 2] },
    { tags: bcTags, nodes: [2, 3] },
    { tags: { highway: 'footway' }, nodes: [1, 4, 2] },
  ]);
}

const request = (
  origins: readonly (readonly [number, number])[],
  mode: StreetMode,
  limit: TravelLimit = { kind: 'time', maxSeconds: 3600 },
  edits?: NetworkEdits,
): TravelRequest => ({
  origins: origins.map(([lon, lat]) => ({ lon, lat })),
  mode: { kind: 'street', mode },
  limit,
  edits,
  want: {},
});

function costsFrom(network: StreetNetwork, req: TravelRequest): (point: readonly [number, number]) => number {
  const calculator = new TravelTimeCalculator(network);
  const result = calculator.calculate(req);
  if (!result.ok) throw result.error;
  return (point) => calculator.costAtNode(nodeAt(network, point));
}

describe('travel times on hand-made networks', () => {
  it('walks both ways along a oneway but drives only with it, and reversed oneways the other way', () => {
    const network = lineWithDetour({ highway: 'residential', oneway: 'yes', maxspeed: '36' });
    expect(costsFrom(network, request([B], 'walking')) (A)).toBeCloseTo(secondsFor(1, 5), 3);
    expect(costsFrom(network, request([A], 'car'))(B)).toBeCloseTo(METRES_PER_MILLIDEGREE / 10, 3);
    // The footway detour is closed to cars: from B, A cannot be reached against the oneway.
    expect(costsFrom(network, request([B], 'car'))(A)).toBe(Infinity);

    const reversed = lineWithDetour({ highway: 'residential', oneway: '-1', maxspeed: '36' });
    expect(costsFrom(reversed, request([A], 'car'))(B)).toBe(Infinity);
    expect(costsFrom(reversed, request([B], 'car'))(A)).toBeCloseTo(METRES_PER_MILLIDEGREE / 10, 3);
  });

  it('lets bicycles ride against a oneway only where oneway:bicycle=no', () => {
    const closed = lineWithDetour({ highway: 'residential', oneway: 'yes' });
    const open = lineWithDetour({ highway: 'residential', oneway: 'yes', 'oneway:bicycle': 'no' });
    // Against the oneway the cyclist pushes along the footway detour (2 × 111 m + ... at 5 km/h).
    const detour = costsFrom(closed, request([B], 'bicycle'))(A);
    expect(detour).toBeGreaterThan(secondsFor(2, 5));
    expect(costsFrom(open, request([B], 'bicycle'))(A)).toBeCloseTo(secondsFor(1, 15), 3);
  });

  it('sends wheelchairs round steps that walkers take', () => {
    const network = lineWithDetour({ highway: 'steps' });
    expect(costsFrom(network, request([A], 'walking'))(B)).toBeCloseTo(secondsFor(1, 5), 3);
    const wheelchair = costsFrom(network, request([A], 'wheelchair'))(B);
    expect(wheelchair).toBeGreaterThan(secondsFor(2, 4));
    expect(wheelchair).toBeLessThan(secondsFor(2.5, 4));
  });

  it('starts with partial edge costs from the snap point', () => {
    const network = lineWithDetour({ highway: 'residential' });
    const costs = costsFrom(network, request([[0.00025, 0.00005]], 'walking'));
    expect(costs(A)).toBeCloseTo(secondsFor(0.25, 5), 1);
    expect(costs(B)).toBeCloseTo(secondsFor(0.75, 5), 1);
    expect(costs(C)).toBeCloseTo(secondsFor(1.75, 5), 1);
  });

  it('takes the minimum over several origins', () => {
    const network = lineWithDetour({ highway: 'residential' });
    const costs = costsFrom(network, request([A, [0.0019, 0]], 'walking'));
    expect(costs(A)).toBeCloseTo(0, 6);
    expect(costs(C)).toBeCloseTo(secondsFor(0.1, 5), 1);
    expect(costs(B)).toBeCloseTo(secondsFor(0.9, 5), 1);
  });

  it('stops at the limit: metres for distance limits, seconds for time limits', () => {
    const network = lineWithDetour({ highway: 'residential' });
    const byDistance = costsFrom(network, request([A], 'walking', { kind: 'distance', maxMetres: 150 }));
    expect(byDistance(B)).toBeCloseTo(METRES_PER_MILLIDEGREE, 2);
    expect(byDistance(C)).toBe(Infinity);
    const byTime = costsFrom(network, request([A], 'walking', { kind: 'time', maxSeconds: 100 }));
    expect(byTime(B)).toBeCloseTo(secondsFor(1, 5), 3);
    expect(byTime(C)).toBe(Infinity);
    const faster = costsFrom(network, request([A], 'walking', { kind: 'time', maxSeconds: 100, speedKmh: 10 }));
    expect(faster(C)).toBeCloseTo(secondsFor(2, 10), 3);
  });

  it('applies scenario edits as an overlay without changing the base network', () => {
    const network = lineWithDetour({ highway: 'residential' });
    const abEdge = (() => {
      for (let e = 0; e < network.edgeCount; e++) {
        if (shapeStartOf(network, e) === shapeStartOf(network, e + 1) && network.edgeLength[e] < 112 && [network.edgeSource[e], network.edgeTarget[e]].includes(nodeAt(network, A))) return e;
      }
      throw new Error('no A-B edge');
    })();
    // Without A–B, walkers take the footway detour through D.
    const removed = costsFrom(network, request([A], 'walking', undefined, { added: [], removedEdgeIds: [abEdge], reweighted: [] }));
    expect(removed(B)).toBeCloseTo(secondsFor(1 + Math.SQRT2, 5), 0);
    const slower = costsFrom(network, request([A], 'walking', undefined, { added: [], removedEdgeIds: [], reweighted: [{ edgeId: abEdge, costFactor: 2 }] }));
    expect(slower(B)).toBeCloseTo(secondsFor(2, 5), 3);
    // A new street from C to a point 0.001° further east, connected at C.
    const added = new TravelTimeCalculator(network);
    const result = added.calculate({
      ...request([A], 'walking'),
      edits: { added: [{ coordinates: [{ lon: C[0], lat: C[1] }, { lon: 0.003, lat: 0 }], highway: 'footway' }], removedEdgeIds: [], reweighted: [] },
      want: { reachedEdges: true },
    });
    expect(result.ok).toBe(true);
    const newStreet = result.ok ? result.value.reachedEdges?.find((e) => e.edgeId === network.edgeCount) : undefined;
    expect(newStreet?.toCost).toBe(Math.round(secondsFor(3, 5)));
    // The base network answers as before.
    expect(costsFrom(network, request([A], 'car'))(B)).toBeCloseTo(METRES_PER_MILLIDEGREE / (30 / 3.6), 3);
  });
});

describe('travel-time request errors', () => {
  const network = lineWithDetour({ highway: 'residential' });
  const calculator = new TravelTimeCalculator(network);

  it('reports an origin far from any street, naming the point', () => {
    const result = calculator.calculate(request([[0.5, 0.5]], 'walking'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('routing.start-point-not-connected');
    expect(result.error.kind).toBe('validation');
    expect(result.error.message).toContain('0.500000');
    expect(result.error.details?.point).toEqual({ lon: 0.5, lat: 0.5 });
  });

  it('refuses an unknown mode, public transport, and limits out of range', () => {
    const unknown = calculator.calculate({ ...request([A], 'walking'), mode: { kind: 'street', mode: 'teleport' as StreetMode } });
    expect(!unknown.ok && unknown.error.code).toBe('routing.unsupported-mode');
    const transit = calculator.calculate({
      ...request([A], 'walking'),
      mode: { kind: 'transit', modes: ['bus'], accessMode: 'walk', egressMode: 'walk', timeWindow: { weekday: 'weekday', fromTime: 0, toTime: 3600 } },
    });
    expect(!transit.ok && transit.error.code).toBe('routing.unsupported-mode');
    for (const limit of [
      { kind: 'time', maxSeconds: 0 },
      { kind: 'time', maxSeconds: 100_000 },
      { kind: 'time', maxSeconds: 600, speedKmh: -3 },
      { kind: 'distance', maxMetres: Number.NaN },
    ] as TravelLimit[]) {
      const result = calculator.calculate(request([A], 'walking', limit));
      expect(!result.ok && result.error.code).toBe('routing.invalid-query');
      expect(!result.ok && result.error.kind).toBe('validation');
    }
    const noOrigin = calculator.calculate(request([], 'walking'));
    expect(!noOrigin.ok && noOrigin.error.code).toBe('routing.invalid-query');
  });
});
