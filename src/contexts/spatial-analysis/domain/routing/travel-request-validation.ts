import type { DomainError } from '../../../../shared-kernel/domain-error';
import { isValidLonLat } from '../../../../shared-kernel/geometry';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { invalidTravelQuery, unsupportedMode } from './routing-errors';
import type { TravelRequest } from './travel-request';
import { isStreetMode, type StreetMode } from './travel-mode';

/** Accepted ranges; wider searches belong to precomputed matrices, not to a single request. */
export const LIMITS = {
  maxOrigins: 1000,
  maxSeconds: 3 * 3600,
  maxMetres: 200_000,
  speedKmh: [1, 60] as const,
  zoom: [8, 16] as const,
};

const isIntegerIn = (value: number, [min, max]: readonly [number, number]): boolean => Number.isInteger(value) && value >= min && value <= max;

/** Checks a request the engine would otherwise answer with nonsense; returns the street mode. */
export function validateTravelRequest(request: TravelRequest): Result<StreetMode, DomainError> {
  const spec = request.mode as { kind?: string; mode?: unknown; modes?: unknown };
  if (spec.kind !== 'street' || typeof spec.mode !== 'string' || !isStreetMode(spec.mode)) {
    return err(unsupportedMode(typeof spec.mode === 'string' ? spec.mode : Array.isArray(spec.modes) ? spec.modes.join(',') : String(spec.kind)));
  }
  if (request.origins.length === 0 || request.origins.length > LIMITS.maxOrigins) {
    return err(invalidTravelQuery('/origins', `between 1 and ${LIMITS.maxOrigins} origins are required`));
  }
  const bad = request.origins.findIndex((p) => !isValidLonLat(p));
  if (bad >= 0) return err(invalidTravelQuery(`/origins/${bad}`, 'not a valid WGS84 longitude/latitude'));

  const limit = request.limit;
  if (limit.kind === 'time') {
    if (!(Number.isFinite(limit.maxSeconds) && limit.maxSeconds > 0 && limit.maxSeconds <= LIMITS.maxSeconds)) {
      return err(invalidTravelQuery('/limit/maxSeconds', `must be more than 0 and at most ${LIMITS.maxSeconds}`));
    }
    const speed = limit.speedKmh;
    if (speed !== undefined && !(Number.isFinite(speed) && speed >= LIMITS.speedKmh[0] && speed <= LIMITS.speedKmh[1])) {
      return err(invalidTravelQuery('/limit/speedKmh', `must be between ${LIMITS.speedKmh[0]} and ${LIMITS.speedKmh[1]}`));
    }
  } else if (limit.kind === 'distance') {
    if (!(Number.isFinite(limit.maxMetres) && limit.maxMetres > 0 && limit.maxMetres <= LIMITS.maxMetres)) {
      return err(invalidTravelQuery('/limit/maxMetres', `must be more than 0 and at most ${LIMITS.maxMetres}`));
    }
  } else {
    return err(invalidTravelQuery('/limit/kind', 'must be "time" or "distance"'));
  }
  const zoom = request.want.grid?.zoom;
  if (zoom !== undefined && !isIntegerIn(zoom, LIMITS.zoom)) {
    return err(invalidTravelQuery('/want/grid/zoom', `must be an integer between ${LIMITS.zoom[0]} and ${LIMITS.zoom[1]}`));
  }
  for (const [i, r] of (request.edits?.reweighted ?? []).entries()) {
    if (!(Number.isFinite(r.costFactor) && r.costFactor > 0)) return err(invalidTravelQuery(`/edits/reweighted/${i}/costFactor`, 'must be a positive number'));
  }
  return ok(spec.mode);
}
