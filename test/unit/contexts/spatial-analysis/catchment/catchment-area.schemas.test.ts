import { catchmentAreaFrom } from '../../../../../src/contexts/spatial-analysis/domain/catchment/catchment-area';
import { toCatchmentAreaRequest } from '../../../../../src/contexts/spatial-analysis/http/catchment/catchment-area.mapper';
import {
  activeMobilityCatchmentAreaBody,
  carCatchmentAreaBody,
  catchmentAreaBody,
  ptCatchmentAreaBody,
} from '../../../../../src/contexts/spatial-analysis/http/catchment/catchment-area.schemas';

const walkingBody = {
  starting_points: { latitude: [48.1374, 48.14], longitude: [11.5755, 11.58] },
  routing_type: 'walking',
  travel_cost: { max_traveltime: 15, steps: 3, speed: 5 },
  catchment_area_type: 'polygon',
  polygon_difference: true,
  scenario_id: '0190d6f2-8c3a-7b4e-9f1a-2b3c4d5e6f70',
  street_network: { edge_layer_project_id: 1 },
};

const ptBody = {
  starting_points: { latitude: [48.1374], longitude: [11.5755] },
  routing_type: { mode: ['bus', 'subway'], access_mode: 'walk', egress_mode: 'walk' },
  travel_cost: { max_traveltime: 60, steps: 4 },
  catchment_area_type: 'rectangular_grid',
  time_window: { weekday: 'sunday', from_time: 25_200, to_time: 32_400 },
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('/'));

describe('catchment-area request schema and mapper', () => {
  it('parses a GOAT walking body and maps it to the use case input', () => {
    const parsed = catchmentAreaBody.parse(walkingBody);
    expect(parsed).not.toHaveProperty('street_network');
    expect(toCatchmentAreaRequest(parsed)).toEqual({
      startingPoints: [{ lat: 48.1374, lon: 11.5755 }, { lat: 48.14, lon: 11.58 }],
      mode: { kind: 'street', mode: 'walking' },
      travelCost: { kind: 'time', maxTravelTimeMinutes: 15, steps: 3, speedKmh: 5 },
      output: { type: 'polygon', difference: true },
      scenarioId: '0190d6f2-8c3a-7b4e-9f1a-2b3c4d5e6f70',
    });
    expect(activeMobilityCatchmentAreaBody.safeParse(walkingBody).success).toBe(true);
  });

  it('parses a public-transport body with its time window', () => {
    const request = toCatchmentAreaRequest(ptCatchmentAreaBody.parse(ptBody));
    expect(request.mode).toEqual({
      kind: 'transit',
      modes: ['bus', 'subway'],
      accessMode: 'walk',
      egressMode: 'walk',
      timeWindow: { weekday: 'sunday', fromTime: 25_200, toTime: 32_400 },
    });
    expect(request.output).toEqual({ type: 'rectangular_grid' });
    expect(catchmentAreaFrom(request).ok).toBe(true);
  });

  it('maps a distance travel cost for car', () => {
    const body = { ...walkingBody, routing_type: 'car', travel_cost: { max_distance: 5000, steps: 5 }, catchment_area_type: 'network', polygon_difference: undefined };
    expect(toCatchmentAreaRequest(carCatchmentAreaBody.parse(body))).toMatchObject({
      mode: { kind: 'street', mode: 'car' },
      travelCost: { kind: 'distance', maxDistanceMetres: 5000, steps: 5 },
      output: { type: 'network' },
    });
  });

  it('requires polygon_difference with polygons and only with polygons', () => {
    expect(issuesOf(catchmentAreaBody.safeParse({ ...walkingBody, polygon_difference: undefined }))).toEqual(['polygon_difference']);
    expect(issuesOf(catchmentAreaBody.safeParse({ ...walkingBody, catchment_area_type: 'network' }))).toEqual(['polygon_difference']);
  });

  it('requires a time window for public transport and refuses a network output on the PT route', () => {
    expect(issuesOf(catchmentAreaBody.safeParse({ ...ptBody, time_window: undefined }))).toEqual(['time_window']);
    expect(issuesOf(ptCatchmentAreaBody.safeParse({ ...ptBody, catchment_area_type: 'network' }))).toContain('catchment_area_type');
  });

  it('refuses mismatched coordinate lists, unknown modes, a bad scenario id and walking on the car route', () => {
    expect(issuesOf(catchmentAreaBody.safeParse({ ...walkingBody, starting_points: { latitude: [1, 2], longitude: [3] } }))).toEqual(['starting_points/longitude']);
    expect(issuesOf(catchmentAreaBody.safeParse({ ...walkingBody, routing_type: 'scooter' }))).toEqual(['routing_type']);
    expect(issuesOf(catchmentAreaBody.safeParse({ ...ptBody, routing_type: { ...ptBody.routing_type, mode: ['hovercraft'] } }))).toEqual(['routing_type']);
    expect(issuesOf(catchmentAreaBody.safeParse({ ...walkingBody, scenario_id: 'not-a-uuid' }))).toEqual(['scenario_id']);
    expect(carCatchmentAreaBody.safeParse(walkingBody).success).toBe(false);
  });

  it('leaves the limits to the domain, which names them', () => {
    const tooLong = catchmentAreaBody.parse({ ...walkingBody, travel_cost: { max_traveltime: 60, steps: 3, speed: 5 } });
    const result = catchmentAreaFrom(toCatchmentAreaRequest(tooLong));
    expect(!result.ok && result.error.code).toBe('catchment.travel-time-out-of-range');
  });
});
