import { DomainError } from '../../../../shared-kernel/domain-error';
import type { LonLat } from '../../../../shared-kernel/geometry';

/** Expected routing failures; codes are stable and listed in docs/routing-engine.md. */
export const startPointNotConnected = (point: LonLat, maxSnapMetres: number): DomainError =>
  new DomainError(
    'routing.start-point-not-connected',
    'validation',
    `The start point (${point.lon.toFixed(6)}, ${point.lat.toFixed(6)}) is more than ${maxSnapMetres} m from any street this mode may use.`,
    { point: { lon: point.lon, lat: point.lat }, maxSnapMetres },
  );

export const unsupportedMode = (mode: string): DomainError =>
  new DomainError('routing.unsupported-mode', 'validation', `The built-in engine cannot route mode "${mode}".`, {
    mode,
    errors: [{ pointer: '/mode', message: `unsupported mode "${mode}"` }],
  });

export const invalidTravelQuery = (pointer: string, message: string): DomainError =>
  new DomainError('routing.invalid-query', 'validation', `The travel-time request is not valid: ${message}.`, {
    errors: [{ pointer, message }],
  });

export const networkWithoutRoutableStreets = (source: string): DomainError =>
  new DomainError(
    'routing.network-without-routable-streets',
    'validation',
    `The street network "${source}" holds no street any mode may use.`,
    { source },
  );

export const networkFileUnreadable = (source: string, reason: string): DomainError =>
  new DomainError('routing.network-file-unreadable', 'validation', `The street network file "${source}" cannot be read: ${reason}`, {
    source,
    reason,
  });
