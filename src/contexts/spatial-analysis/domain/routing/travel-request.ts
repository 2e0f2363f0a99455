import type { LonLat } from '../../../../shared-kernel/geometry';
import type { NetworkEdits } from './network-edits';
import type { ReachedStreet } from './reached-streets';
import type { TimeGrid } from './time-grid';
import type { TravelLimit } from './travel-limit';
import type { TravelModeSpec } from './travel-mode';

/** A travel-time search in domain terms; the TravelTimeEngine port takes exactly this (TravelTimeQuery). */
export interface TravelRequest {
  readonly origins: readonly LonLat[];
  readonly mode: TravelModeSpec;
  readonly limit: TravelLimit;
  readonly edits?: NetworkEdits;
  readonly want: { readonly reachedEdges?: boolean; readonly grid?: { readonly zoom: number } };
}

/** One reached street with the cost at each end, as the port answers it. */
export interface ReachedEdgeCosts {
  readonly edgeId: number;
  readonly coordinates: readonly (readonly [number, number])[];
  readonly fromCost: number;
  readonly toCost: number;
}

export interface TravelResult {
  readonly reachedEdges?: readonly ReachedEdgeCosts[];
  readonly grid?: TimeGrid;
  readonly settledNodes: number;
}

export const toReachedEdgeCosts = (street: ReachedStreet): ReachedEdgeCosts => ({
  edgeId: street.edgeId,
  coordinates: street.coordinates,
  fromCost: Math.round(street.fromCost),
  toCost: Math.round(street.toCost),
});
