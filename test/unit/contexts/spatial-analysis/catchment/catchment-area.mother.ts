import {
  catchmentAreaFrom,
  type CatchmentArea,
  type CatchmentAreaRequest,
} from '../../../../../src/contexts/spatial-analysis/domain/catchment/catchment-area';
import { MUNICH } from './time-grid.mother';

export const walkingRequest = (overrides: Partial<CatchmentAreaRequest> = {}): CatchmentAreaRequest => ({
  startingPoints: [MUNICH],
  mode: { kind: 'street', mode: 'walking' },
  travelCost: { kind: 'time', maxTravelTimeMinutes: 25, steps: 5, speedKmh: 5 },
  output: { type: 'polygon', difference: false },
  ...overrides,
});

export const transitRequest = (overrides: Partial<CatchmentAreaRequest> = {}): CatchmentAreaRequest => ({
  startingPoints: [MUNICH],
  mode: {
    kind: 'transit',
    modes: ['bus', 'tram', 'subway'],
    accessMode: 'walk',
    egressMode: 'walk',
    timeWindow: { weekday: 'weekday', fromTime: 25_200, toTime: 32_400 },
  },
  travelCost: { kind: 'time', maxTravelTimeMinutes: 60, steps: 3 },
  output: { type: 'polygon', difference: false },
  ...overrides,
});

export function validArea(request: CatchmentAreaRequest): CatchmentArea {
  const result = catchmentAreaFrom(request);
  if (!result.ok) throw result.error;
  return result.value;
}

export const CatchmentAreaMother = { walkingRequest, transitRequest, validArea };
