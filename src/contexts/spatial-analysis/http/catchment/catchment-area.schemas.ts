import { z } from 'zod';
import { ACTIVE_MOBILITY_MODES } from '../../domain/catchment/catchment-area-limits';
import { TRANSIT_MODES } from '../../domain/routing/travel-mode';

/**
 * The GOAT catchment-area bodies (`schemas/catchment_area.py`). Zod checks the shape; the limits
 * (minutes, speeds, point counts) are the domain's, so every limit has one home and one error code.
 * Unknown fields (GOAT's `street_network`, `decay_function`) are accepted and dropped.
 */
const startingPoints = z
  .object({ latitude: z.array(z.number()).min(1), longitude: z.array(z.number()).min(1) })
  .refine((p) => p.latitude.length === p.longitude.length, { message: 'latitude and longitude must have the same length', path: ['longitude'] });

const transitRouting = z.object({
  mode: z.array(z.enum(TRANSIT_MODES)).min(1),
  access_mode: z.enum(['walk', 'bicycle', 'car']),
  egress_mode: z.enum(['walk', 'bicycle']),
});

const timeCost = z.object({ max_traveltime: z.number(), steps: z.number().int(), speed: z.number().optional() });
const distanceCost = z.object({ max_distance: z.number(), steps: z.number().int() });

const timeWindow = z.object({
  weekday: z.enum(['weekday', 'saturday', 'sunday']),
  from_time: z.number().int().describe('seconds since midnight'),
  to_time: z.number().int().describe('seconds since midnight'),
});

const OUTPUTS = ['polygon', 'network', 'rectangular_grid'] as const;

const common = z.object({
  starting_points: startingPoints,
  catchment_area_type: z.enum(OUTPUTS),
  polygon_difference: z.boolean().nullish(),
  scenario_id: z.uuid().nullish(),
  time_window: timeWindow.nullish(),
});

interface CrossFieldView {
  readonly routing_type: unknown;
  readonly catchment_area_type: string;
  readonly polygon_difference?: boolean | null;
  readonly time_window?: unknown;
}

/** `polygon_difference` iff polygon output; `time_window` with public transport. */
function crossFieldRules(body: CrossFieldView, ctx: z.RefinementCtx<CrossFieldView>): void {
  const isPolygon = body.catchment_area_type === 'polygon';
  const hasDifference = body.polygon_difference !== undefined && body.polygon_difference !== null;
  if (isPolygon !== hasDifference) {
    const message = isPolygon ? 'required for polygon catchment areas' : 'only allowed for polygon catchment areas';
    ctx.addIssue({ code: 'custom', path: ['polygon_difference'], message });
  }
  if (typeof body.routing_type === 'object' && !body.time_window) {
    ctx.addIssue({ code: 'custom', path: ['time_window'], message: 'required for public transport' });
  }
}

const activeMobilityRouting = z.enum(ACTIVE_MOBILITY_MODES);
const anyCost = z.union([timeCost, distanceCost]);

/** POST /active-mobility/catchment-area */
export const activeMobilityCatchmentAreaBody = common.extend({ routing_type: activeMobilityRouting, travel_cost: anyCost }).superRefine(crossFieldRules);
/** POST /motorized-mobility/car/catchment-area */
export const carCatchmentAreaBody = common.extend({ routing_type: z.literal('car'), travel_cost: anyCost }).superRefine(crossFieldRules);
/** POST /motorized-mobility/pt/catchment-area: time only, no network output. */
export const ptCatchmentAreaBody = common
  .extend({ routing_type: transitRouting, travel_cost: timeCost, catchment_area_type: z.enum(['polygon', 'rectangular_grid']) })
  .superRefine(crossFieldRules);
/** Any of the three, for a single route. */
export const catchmentAreaBody = common
  .extend({ routing_type: z.union([activeMobilityRouting, z.literal('car'), transitRouting]), travel_cost: anyCost })
  .superRefine(crossFieldRules);

/** Each endpoint's body is a narrower case of this one, so one mapper serves all four. */
export type CatchmentAreaBody = z.infer<typeof catchmentAreaBody>;

/** `?project_id=` of the three job routes. */
export const catchmentProjectQuery = z.object({ project_id: z.uuid({ message: 'must be a UUID' }) });

/** The synchronous answer: GeoJSON, one feature per step (polygon), street (network) or hexagon (grid). */
export const catchmentFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon', 'LineString']), coordinates: z.array(z.unknown()) }),
      properties: z.object({ travel_cost: z.number(), cost: z.number().optional(), h3_index: z.string().optional() }),
    }),
  ),
});
