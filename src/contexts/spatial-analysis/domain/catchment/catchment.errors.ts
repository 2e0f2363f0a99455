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
