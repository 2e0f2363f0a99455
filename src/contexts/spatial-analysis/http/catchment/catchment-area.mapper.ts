import type { CatchmentAreaRequest, CatchmentOutput, CatchmentTravelCost } from '../../domain/catchment/catchment-area';
import type { TravelModeSpec } from '../../domain/routing/travel-mode';
import type { CatchmentAreaBody } from './catchment-area.schemas';

const travelCostOf = (cost: CatchmentAreaBody['travel_cost']): CatchmentTravelCost =>
  'max_distance' in cost
    ? { kind: 'distance', maxDistanceMetres: cost.max_distance, steps: cost.steps }
    : { kind: 'time', maxTravelTimeMinutes: cost.max_traveltime, steps: cost.steps, ...(cost.speed !== undefined && { speedKmh: cost.speed }) };

function modeOf(body: CatchmentAreaBody): TravelModeSpec {
  const routing = body.routing_type;
  if (typeof routing === 'string') return { kind: 'street', mode: routing };
  // The schema requires a time window with public transport; the fallback only satisfies the types.
  const window = body.time_window ?? { weekday: 'weekday', from_time: 25_200, to_time: 32_400 };
  return {
    kind: 'transit',
    modes: routing.mode,
    accessMode: routing.access_mode,
    egressMode: routing.egress_mode,
    timeWindow: { weekday: window.weekday, fromTime: window.from_time, toTime: window.to_time },
  };
}

const outputOf = (body: CatchmentAreaBody): CatchmentOutput =>
  body.catchment_area_type === 'polygon'
    ? { type: 'polygon', difference: body.polygon_difference ?? false }
    : { type: body.catchment_area_type };

/** A validated GOAT body in the use case's words. */
export function toCatchmentAreaRequest(body: CatchmentAreaBody): CatchmentAreaRequest {
  return {
    startingPoints: body.starting_points.latitude.map((lat, i) => ({ lat, lon: body.starting_points.longitude[i] })),
    mode: modeOf(body),
    travelCost: travelCostOf(body.travel_cost),
    output: outputOf(body),
    ...(body.scenario_id && { scenarioId: body.scenario_id }),
  };
}
