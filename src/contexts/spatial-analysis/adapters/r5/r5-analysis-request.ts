import type { LonLat } from '../../../../shared-kernel/geometry';
import { latToPixel, lonToPixel } from '../../domain/routing/time-grid';
import type { TimeWindow, TravelModeSpec } from '../../domain/routing/travel-mode';

/** The fields of r5's `AnalysisRequest` we send (r5 v7; unknown fields would be silently ignored). */
export interface R5AnalysisRequest {
  regionId: string;
  projectId: string;
  bundleId: string;
  workerVersion: string;
  fromLat: number;
  fromLon: number;
  bounds: { north: number; south: number; east: number; west: number };
  zoom: number;
  date: string;
  fromTime: number;
  toTime: number;
  accessModes: string;
  directModes: string;
  egressModes: string;
  transitModes: string;
  walkSpeed: number;
  bikeSpeed: number;
  maxWalkTime: number;
  maxBikeTime: number;
  maxRides: number;
  monteCarloDraws: number;
  bikeTrafficStress: number;
  maxTripDurationMinutes: number;
  percentiles: number[];
  destinationPointSetIds: string[];
}

/** The fixed days GOAT routes public transport on (a Tuesday, a Saturday, a Sunday). */
export const R5_DATES: Record<TimeWindow['weekday'], string> = {
  weekday: '2025-02-18',
  saturday: '2025-02-22',
  sunday: '2025-02-23',
};

/** Street-only searches still need a departure; it does not change their result. */
const STREET_ONLY_WINDOW: TimeWindow = { weekday: 'weekday', fromTime: 8 * 3600, toTime: 9 * 3600 };

// GOAT's fixed public-transport values (reference-platform §2): 5 km/h walking, 15 km/h cycling.
export const R5_FIXED = {
  walkSpeedMs: 1.39,
  bikeSpeedMs: 4.17,
  maxWalkMinutes: 20,
  maxBikeMinutes: 20,
  maxRides: 4,
  monteCarloDraws: 200,
  bikeTrafficStress: 4,
} as const;

/** Speeds bounding how far a search can get, to size the requested grid (not routing speeds). */
const REACH_SPEED_KMH = { WALK: 6, BICYCLE: 25, CAR: 100, transit: 80 } as const;

const MIN_ZOOM = 9;
const MAX_ZOOM = 12;
/** r5 refuses grids larger than this (`WebMercatorExtents.MAX_GRID_CELLS`). */
const MAX_GRID_CELLS = 5_000_000;

export interface R5Search {
  readonly origin: LonLat;
  readonly mode: TravelModeSpec;
  readonly maxSeconds: number;
  readonly speedKmh?: number;
  readonly zoom: number;
}

const STREET_MODE_TO_R5 = { walking: 'WALK', wheelchair: 'WALK', bicycle: 'BICYCLE', pedelec: 'BICYCLE', car: 'CAR' } as const;
const ACCESS_TO_R5 = { walk: 'WALK', bicycle: 'BICYCLE', car: 'CAR' } as const;

function modesOf(mode: TravelModeSpec) {
  if (mode.kind === 'street') {
    const access = STREET_MODE_TO_R5[mode.mode];
    return { access, egress: 'WALK', transit: '' }; // no transit modes: r5 skips the transit search
  }
  return {
    access: ACCESS_TO_R5[mode.accessMode],
    egress: ACCESS_TO_R5[mode.egressMode],
    transit: mode.modes.map((m) => m.toUpperCase()).join(','),
  };
}

function speedsOf(search: R5Search, access: string): { walkSpeed: number; bikeSpeed: number } {
  const own = search.mode.kind === 'street' && search.speedKmh !== undefined ? search.speedKmh / 3.6 : undefined;
  return {
    walkSpeed: access === 'WALK' && own !== undefined ? own : R5_FIXED.walkSpeedMs,
    bikeSpeed: access === 'BICYCLE' && own !== undefined ? own : R5_FIXED.bikeSpeedMs,
  };
}

/** Origin ± the farthest the search can get (max time × max speed) in each direction. */
export function boundsAround(origin: LonLat, radiusMetres: number): R5AnalysisRequest['bounds'] {
  const dLat = radiusMetres / 111_320;
  const dLon = radiusMetres / (111_320 * Math.max(Math.cos((origin.lat * Math.PI) / 180), 0.01));
  return {
    north: Math.min(origin.lat + dLat, 85),
    south: Math.max(origin.lat - dLat, -85),
    east: Math.min(origin.lon + dLon, 180),
    west: Math.max(origin.lon - dLon, -180),
  };
}

/** The asked zoom clamped to r5's 9–12, lowered further until r5 accepts the grid's size. */
export function zoomFor(bounds: R5AnalysisRequest['bounds'], asked: number): number {
  let zoom = Math.min(Math.max(Math.round(asked), MIN_ZOOM), MAX_ZOOM);
  const cells = (z: number) =>
    (lonToPixel(bounds.east, z) - lonToPixel(bounds.west, z) + 1) * (latToPixel(bounds.south, z) - latToPixel(bounds.north, z) + 1);
  while (zoom > MIN_ZOOM && cells(zoom) > MAX_GRID_CELLS) zoom--;
  return zoom;
}

export function reachRadiusMetres(search: Pick<R5Search, 'mode' | 'maxSeconds' | 'speedKmh'>): number {
  const { mode } = search;
  const kmh = mode.kind === 'transit' ? REACH_SPEED_KMH.transit : Math.max(search.speedKmh ?? 0, REACH_SPEED_KMH[STREET_MODE_TO_R5[mode.mode]]);
  return (search.maxSeconds * kmh) / 3.6;
}

export interface R5Ids {
  readonly regionId: string;
  readonly projectId: string;
  readonly bundleId: string;
  readonly workerVersion: string;
  readonly percentile: number;
}

export function r5AnalysisRequest(search: R5Search, ids: R5Ids): R5AnalysisRequest {
  const { access, egress, transit } = modesOf(search.mode);
  const window = search.mode.kind === 'transit' ? search.mode.timeWindow : STREET_ONLY_WINDOW;
  return {
    regionId: ids.regionId,
    projectId: ids.projectId,
    bundleId: ids.bundleId,
    workerVersion: ids.workerVersion,
    fromLat: search.origin.lat,
    fromLon: search.origin.lon,
    bounds: boundsAround(search.origin, reachRadiusMetres(search)),
    zoom: search.zoom,
    date: R5_DATES[window.weekday],
    fromTime: window.fromTime,
    toTime: window.toTime,
    accessModes: access,
    directModes: access, // r5's worker throws unless direct equals access
    egressModes: egress,
    transitModes: transit,
    ...speedsOf(search, access),
    maxWalkTime: R5_FIXED.maxWalkMinutes,
    maxBikeTime: R5_FIXED.maxBikeMinutes,
    maxRides: R5_FIXED.maxRides,
    monteCarloDraws: R5_FIXED.monteCarloDraws,
    bikeTrafficStress: R5_FIXED.bikeTrafficStress,
    // Ignored by r5 for single points (it searches 120 min); our contouring applies the real cutoff.
    maxTripDurationMinutes: Math.ceil(search.maxSeconds / 60),
    percentiles: [ids.percentile],
    destinationPointSetIds: [],
  };
}
