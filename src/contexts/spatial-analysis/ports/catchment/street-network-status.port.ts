import type { DomainError } from '../../../../shared-kernel/domain-error';

/**
 * Whether the street network the built-in engine routes on can serve now: null when ready, else why
 * not (not configured, still loading, failed to load), as the error a planner would get.
 */
export interface StreetNetworkStatus {
  problem(): DomainError | null;
}

export const STREET_NETWORK_STATUS: unique symbol = Symbol('StreetNetworkStatus');
