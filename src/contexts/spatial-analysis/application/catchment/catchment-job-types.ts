import type { CatchmentAreaRequest } from '../../domain/catchment/catchment-area';
import { isActiveMobilityMode } from '../../domain/catchment/catchment-area-limits';

/** GOAT's job types of the three catchment-area tools. */
export const CATCHMENT_JOB_TYPES = ['catchment_area_active_mobility', 'catchment_area_car', 'catchment_area_pt'] as const;
export type CatchmentJobType = (typeof CATCHMENT_JOB_TYPES)[number];

/** Credits one catchment-area job costs: one search (r5: one per point) whatever the output. */
export const CATCHMENT_JOB_CREDITS = 1;

export function catchmentJobTypeOf(request: CatchmentAreaRequest): CatchmentJobType {
  const { mode } = request;
  if (mode.kind === 'transit') return 'catchment_area_pt';
  return isActiveMobilityMode(mode.mode) ? 'catchment_area_active_mobility' : 'catchment_area_car';
}

/** Stored with the job (GET /job/{id} shows it), snake_case as the wire format. */
export interface CatchmentJobPayload {
  /** The body as the planner sent it; the handler reads it back through the same schema. */
  readonly request: Record<string, unknown>;
  /** Chosen at submission, so a redelivered run finds (or replaces) its own work. */
  readonly layer_id: string;
  readonly layer_name: string;
  readonly folder_id: string;
  readonly project_id: string;
}

/** The result layer's name, e.g. "Catchment area walking 15 min". */
export function catchmentLayerName(request: CatchmentAreaRequest): string {
  const { mode, travelCost } = request;
  const how = mode.kind === 'transit' ? 'public transport' : mode.mode;
  const limit = travelCost.kind === 'time' ? `${travelCost.maxTravelTimeMinutes} min` : `${travelCost.maxDistanceMetres} m`;
  return `Catchment area ${how} ${limit}`;
}
