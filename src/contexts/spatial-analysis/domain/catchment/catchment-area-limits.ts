/** Limits of the reference platform's catchment-area tools (GOAT `schemas/catchment_area.py`, `toolbox_base.py`). */
export const ACTIVE_MOBILITY_MODES = ['walking', 'wheelchair', 'bicycle', 'pedelec'] as const;
export type ActiveMobilityMode = (typeof ACTIVE_MOBILITY_MODES)[number];

export const isActiveMobilityMode = (mode: string): mode is ActiveMobilityMode =>
  (ACTIVE_MOBILITY_MODES as readonly string[]).includes(mode);

export const CATCHMENT_LIMITS = {
  activeMobility: { maxStartingPoints: 1000, maxTravelTimeMinutes: 45 },
  car: { maxStartingPoints: 50, maxTravelTimeMinutes: 90 },
  transit: { maxStartingPoints: 5, maxTravelTimeMinutes: 90 },
  minTravelTimeMinutes: 1,
  speedKmh: { min: 1, max: 25 },
  distanceMetres: { min: 50, max: 20_000 },
  steps: { min: 1, max: 9 },
  secondsPerDay: 86_400,
} as const;

/** Holes smaller than this are filled, as GOAT does (`CATCHMENT_AREA_HOLE_THRESHOLD_SQM`). */
export const HOLE_FILL_THRESHOLD_SQM = 200_000;

/** Web Mercator zoom of the grid contoured per mode: ~19 m cells for walking/cycling, ~76 m for car. */
export const GRID_ZOOM = { activeMobility: 13, car: 11, transit: 9 } as const;

/** H3 resolution of the `rectangular_grid` output (GOAT: res 10, ~15,000 m² per cell). */
export const HEXAGON_RESOLUTION = 10;
