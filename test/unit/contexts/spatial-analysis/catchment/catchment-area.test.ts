import { catchmentAreaFrom } from '../../../../../src/contexts/spatial-analysis/domain/catchment/catchment-area';
import { catchmentSteps, stepIndexOf } from '../../../../../src/contexts/spatial-analysis/domain/catchment/catchment-steps';
import { DomainError } from '../../../../../src/shared-kernel/domain-error';
import { transitRequest, walkingRequest } from './catchment-area.mother';
import { MUNICH } from './time-grid.mother';

const failure = (result: ReturnType<typeof catchmentAreaFrom>): DomainError => {
  if (result.ok) throw new Error('expected a validation failure');
  return result.error;
};

const points = (n: number) => Array.from({ length: n }, (_, i) => ({ lon: MUNICH.lon + i * 1e-4, lat: MUNICH.lat }));

describe('catchment steps', () => {
  it('cuts max/steps, 2·max/steps … max, in seconds for time and minutes as labels', () => {
    const steps = catchmentSteps({ kind: 'time', maxSeconds: 900 }, 3);
    expect(steps.cutoffs).toEqual([300, 600, 900]);
    expect(steps.labels).toEqual([5, 10, 15]);
  });

  it('uses metres for both under a distance limit', () => {
    expect(catchmentSteps({ kind: 'distance', maxMetres: 1000 }, 4)).toEqual({
      cutoffs: [250, 500, 750, 1000],
      labels: [250, 500, 750, 1000],
    });
  });

  it('rounds a cost up to its step, the start belonging to the first', () => {
    const steps = catchmentSteps({ kind: 'time', maxSeconds: 900 }, 3);
    expect([0, 1, 300, 301, 899, 900, 901].map((c) => stepIndexOf(steps, c))).toEqual([0, 0, 0, 1, 2, 2, -1]);
  });
});

describe('catchment area validation', () => {
  it('accepts a walking request and derives limit, steps and zoom 13', () => {
    const result = catchmentAreaFrom(walkingRequest());
    expect(result.ok && result.value).toMatchObject({
      limit: { kind: 'time', maxSeconds: 1500, speedKmh: 5 },
      steps: { labels: [5, 10, 15, 20, 25] },
      gridZoom: 13,
    });
  });

  it('grids car at zoom 11 and public transport at zoom 9', () => {
    const car = catchmentAreaFrom(walkingRequest({ mode: { kind: 'street', mode: 'car' }, travelCost: { kind: 'time', maxTravelTimeMinutes: 90, steps: 9 } }));
    expect(car.ok && car.value.gridZoom).toBe(11);
    const pt = catchmentAreaFrom(transitRequest());
    expect(pt.ok && pt.value.gridZoom).toBe(9);
  });

  it.each([
    ['walking', 1000, true],
    ['walking', 1001, false],
    ['car', 50, true],
    ['car', 51, false],
  ] as const)('allows %s up to its starting-point limit (%i points → ok=%s)', (mode, n, ok) => {
    const travelCost = mode === 'car' ? { kind: 'time' as const, maxTravelTimeMinutes: 30, steps: 3 } : undefined;
    const result = catchmentAreaFrom(walkingRequest({ startingPoints: points(n), mode: { kind: 'street', mode }, ...(travelCost && { travelCost }) }));
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.error.code).toBe('catchment.too-many-starting-points');
  });

  it('allows five public-transport starting points and refuses six', () => {
    expect(catchmentAreaFrom(transitRequest({ startingPoints: points(5) })).ok).toBe(true);
    const error = failure(catchmentAreaFrom(transitRequest({ startingPoints: points(6) })));
    expect(error).toMatchObject({ kind: 'validation', code: 'catchment.too-many-starting-points' });
    expect(error.details?.errors).toEqual([{ pointer: '/body/starting_points', message: expect.stringContaining('At most 5') }]);
  });

  it('refuses no starting points and coordinates out of range', () => {
    expect(failure(catchmentAreaFrom(walkingRequest({ startingPoints: [] }))).code).toBe('catchment.no-starting-points');
    const error = failure(catchmentAreaFrom(walkingRequest({ startingPoints: [MUNICH, { lon: 181, lat: 0 }] })));
    expect(error.code).toBe('catchment.coordinates-out-of-range');
    expect(error.details?.errors?.[0].pointer).toBe('/body/starting_points/1');
  });

  it.each([
    [{ kind: 'time', maxTravelTimeMinutes: 46, steps: 3, speedKmh: 5 }, 'catchment.travel-time-out-of-range'],
    [{ kind: 'time', maxTravelTimeMinutes: 0, steps: 3, speedKmh: 5 }, 'catchment.travel-time-out-of-range'],
    [{ kind: 'time', maxTravelTimeMinutes: 10, steps: 3, speedKmh: 26 }, 'catchment.speed-out-of-range'],
    [{ kind: 'time', maxTravelTimeMinutes: 10, steps: 3, speedKmh: 0.5 }, 'catchment.speed-out-of-range'],
    [{ kind: 'time', maxTravelTimeMinutes: 10, steps: 3 }, 'catchment.speed-required'],
    [{ kind: 'time', maxTravelTimeMinutes: 10, steps: 10, speedKmh: 5 }, 'catchment.steps-out-of-range'],
    [{ kind: 'time', maxTravelTimeMinutes: 10, steps: 2.5, speedKmh: 5 }, 'catchment.steps-out-of-range'],
    [{ kind: 'distance', maxDistanceMetres: 49, steps: 3 }, 'catchment.distance-out-of-range'],
    [{ kind: 'distance', maxDistanceMetres: 20_001, steps: 3 }, 'catchment.distance-out-of-range'],
  ] as const)('refuses walking travel cost %j with %s', (travelCost, code) => {
    expect(failure(catchmentAreaFrom(walkingRequest({ travelCost })))).toMatchObject({ kind: 'validation', code });
  });

  it('accepts the edges of the ranges', () => {
    expect(catchmentAreaFrom(walkingRequest({ travelCost: { kind: 'time', maxTravelTimeMinutes: 45, steps: 9, speedKmh: 25 } })).ok).toBe(true);
    expect(catchmentAreaFrom(walkingRequest({ travelCost: { kind: 'distance', maxDistanceMetres: 20_000, steps: 1 } })).ok).toBe(true);
    expect(catchmentAreaFrom(transitRequest({ travelCost: { kind: 'time', maxTravelTimeMinutes: 90, steps: 9 } })).ok).toBe(true);
  });

  it('lets car and public transport go to 90 minutes but not beyond', () => {
    const car = walkingRequest({ mode: { kind: 'street', mode: 'car' }, travelCost: { kind: 'time', maxTravelTimeMinutes: 91, steps: 3 } });
    expect(failure(catchmentAreaFrom(car)).code).toBe('catchment.travel-time-out-of-range');
    expect(failure(catchmentAreaFrom(transitRequest({ travelCost: { kind: 'time', maxTravelTimeMinutes: 91, steps: 3 } }))).code).toBe(
      'catchment.travel-time-out-of-range',
    );
  });

  it('refuses a network output, a distance limit and a backwards time window for public transport', () => {
    expect(failure(catchmentAreaFrom(transitRequest({ output: { type: 'network' } }))).code).toBe('catchment.output-not-supported');
    expect(failure(catchmentAreaFrom(transitRequest({ travelCost: { kind: 'distance', maxDistanceMetres: 500, steps: 2 } }))).code).toBe(
      'catchment.distance-not-supported',
    );
    const backwards = transitRequest();
    if (backwards.mode.kind !== 'transit') throw new Error('mother changed');
    const mode = { ...backwards.mode, timeWindow: { weekday: 'sunday' as const, fromTime: 36_000, toTime: 30_000 } };
    expect(failure(catchmentAreaFrom({ ...backwards, mode })).code).toBe('catchment.time-window-invalid');
  });

  it('reports every violation at once, named after the first', () => {
    const error = failure(
      catchmentAreaFrom(walkingRequest({ startingPoints: points(1001), travelCost: { kind: 'time', maxTravelTimeMinutes: 50, steps: 0, speedKmh: 30 } })),
    );
    expect(error.code).toBe('catchment.too-many-starting-points');
    expect(error.details?.errors?.map((e) => e.pointer)).toEqual([
      '/body/starting_points',
      '/body/travel_cost/steps',
      '/body/travel_cost/max_traveltime',
      '/body/travel_cost/speed',
    ]);
  });
});
