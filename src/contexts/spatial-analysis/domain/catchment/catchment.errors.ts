import { DomainError, type FieldError } from '../../../../shared-kernel/domain-error';

/** Codes of the catchment-area sub-area; each documented in docs/catchment-areas.md. */
export const CATCHMENT_ERROR_CODES = {
  noStartingPoints: 'catchment.no-starting-points',
  tooManyStartingPoints: 'catchment.too-many-starting-points',
  coordinatesOutOfRange: 'catchment.coordinates-out-of-range',
  travelTimeOutOfRange: 'catchment.travel-time-out-of-range',
  speedRequired: 'catchment.speed-required',
  speedOutOfRange: 'catchment.speed-out-of-range',
  distanceOutOfRange: 'catchment.distance-out-of-range',
  distanceNotSupported: 'catchment.distance-not-supported',
  stepsOutOfRange: 'catchment.steps-out-of-range',
  outputNotSupported: 'catchment.output-not-supported',
  transitModesRequired: 'catchment.transit-modes-required',
  timeWindowInvalid: 'catchment.time-window-invalid',
} as const;

export type CatchmentErrorCode = (typeof CATCHMENT_ERROR_CODES)[keyof typeof CATCHMENT_ERROR_CODES];

export interface CatchmentViolation extends FieldError {
  readonly code: CatchmentErrorCode;
}

/** One error for all violations, so a planner fixes the form in one go; the first one names it. */
export const catchmentAreaInvalid = (violations: readonly CatchmentViolation[]): DomainError =>
  new DomainError(violations[0].code, 'validation', violations[0].message, {
    errors: violations.map(({ pointer, message }) => ({ pointer, message })),
  });

export const transitEngineNotConfigured = (): DomainError =>
  new DomainError(
    'routing.r5-not-configured',
    'unavailable',
    'Public transport catchment areas need an r5 server, and none is configured.',
  );

/** No street network was configured: street modes cannot be routed on this server. */
export const streetNetworkNotConfigured = (): DomainError =>
  new DomainError(
    'routing.street-network-not-configured',
    'unavailable',
    'Walking, cycling and car catchment areas need a street network: set STREET_NETWORK_PBF to an OpenStreetMap .osm.pbf file (the same file `npm run network:import` reads) and restart.',
  );

/** The network is still being read at start; a few seconds on a city extract. */
export const streetNetworkLoading = (): DomainError =>
  new DomainError('routing.street-network-loading', 'unavailable', 'The street network is still loading; try again in a few seconds.', {
    retryAfterSeconds: 5,
  });

export const streetNetworkFailed = (reason: string): DomainError =>
  new DomainError('routing.street-network-failed', 'unavailable', `The street network could not be loaded (${reason}); an operator must fix STREET_NETWORK_PBF.`, {
    reason,
  });

/** Scenarios do not exist yet, so no id names one; the planner's request is the thing to fix. */
export const scenarioNotFound = (scenarioId: string): DomainError =>
  new DomainError('catchment.scenario-not-found', 'validation', `The scenario ${scenarioId} does not exist in this project.`, {
    errors: [{ pointer: '/body/scenario_id', message: 'no such scenario in this project' }],
  });
