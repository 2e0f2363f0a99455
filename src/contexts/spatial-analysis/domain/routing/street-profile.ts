import { highwayClassCode } from './highway-class';
import { CLOSED, PUSH, RIDE, type Traversal, withTraversal } from './street-traversal';
import type { StreetMode } from './travel-mode';

export type OsmTags = Readonly<Record<string, string>>;

/** What the search needs to know about one street, derived once from its OSM tags. */
export interface StreetProfile {
  readonly highwayCode: number;
  /** Packed per mode and direction (see street-traversal). */
  readonly traversal: number;
  readonly carSpeedKmh: number;
  /** Extra cycling effort on rough surfaces, in percent of the length. */
  readonly surfacePenaltyPercent: number;
}

/** Speeds a search uses when the request names none (km/h); cyclists push at walking speed. */
export const DEFAULT_SPEED_KMH: Readonly<Record<Exclude<StreetMode, 'car'>, number>> = {
  walking: 5,
  wheelchair: 4,
  bicycle: 15,
  pedelec: 23,
};
export const PUSHING_SPEED_KMH = 5;

/** Car speeds where no maxspeed is tagged (urban defaults). */
const CAR_SPEED_BY_CLASS: Readonly<Record<string, number>> = {
  motorway: 100, motorway_link: 60, trunk: 80, trunk_link: 50, primary: 60, primary_link: 40, secondary: 50,
  secondary_link: 40, tertiary: 40, tertiary_link: 30, unclassified: 30, residential: 30, living_street: 10,
  service: 20, road: 30,
};

const MOTOR_ONLY = new Set(['motorway', 'motorway_link', 'trunk', 'trunk_link', 'busway']);
const PEDESTRIAN_ONLY = new Set(['footway', 'pedestrian', 'corridor', 'steps', 'elevator']);
const CAR_CLASSES = new Set(Object.keys(CAR_SPEED_BY_CLASS));

/** Percent of extra cycling effort per surface; paved surfaces cost nothing. */
const SURFACE_PENALTY_PERCENT: Readonly<Record<string, number>> = {
  paving_stones: 5, sett: 30, cobblestone: 30, unhewn_cobblestone: 40, compacted: 10, fine_gravel: 15,
  gravel: 30, pebblestone: 40, unpaved: 30, ground: 30, dirt: 30, earth: 30, grass: 50, sand: 60, mud: 60,
  woodchips: 50, grass_paver: 30, wood: 10,
};
const WHEELCHAIR_IMPASSABLE_SURFACES = new Set(['sand', 'mud', 'grass', 'pebblestone', 'gravel', 'woodchips', 'unhewn_cobblestone']);
const WHEELCHAIR_IMPASSABLE_SMOOTHNESS = new Set(['very_bad', 'horrible', 'very_horrible', 'impassable']);

const ALLOWING = new Set(['yes', 'designated', 'permissive', 'destination', 'official', 'customers', 'delivery']);
const DENYING = new Set(['no', 'private', 'use_sidepath', 'agricultural', 'forestry', 'military']);

/** The most specific access tag present decides; undefined when none says anything. */
const accessFrom = (tags: OsmTags, keys: readonly string[]): 'allow' | 'deny' | 'dismount' | undefined => {
  for (const key of keys) {
    const value = tags[key];
    if (value === undefined) continue;
    if (value === 'dismount') return 'dismount';
    if (ALLOWING.has(value)) return 'allow';
    if (DENYING.has(value)) return 'deny';
  }
  return undefined;
};

/** +1 along the way, -1 against it, 0 both ways, null closed (reversible lanes). */
const onewayOf = (value: string | undefined): 1 | -1 | 0 | null => {
  if (value === undefined || value === 'no' || value === 'false' || value === '0') return 0;
  if (value === 'yes' || value === 'true' || value === '1') return 1;
  if (value === '-1' || value === 'reverse') return -1;
  if (value === 'reversible' || value === 'alternating') return null;
  return 0;
};

export const parseMaxspeedKmh = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(mph|km\/h|kmh)?\s*$/.exec(value);
  if (!match) return value === 'walk' ? 6 : undefined;
  const speed = Number(match[1]) * (match[2] === 'mph' ? 1.609344 : 1);
  return speed > 0 ? speed : undefined;
};

const isTwoWayForBicycles = (tags: OsmTags): boolean =>
  [tags.cycleway, tags['cycleway:left'], tags['cycleway:right']].some((v) => v !== undefined && v.startsWith('opposite'));

const hasSidewalk = (tags: OsmTags): boolean => {
  const sidewalk = tags.sidewalk ?? tags['sidewalk:both'] ?? tags['sidewalk:left'] ?? tags['sidewalk:right'];
  return sidewalk !== undefined && sidewalk !== 'no' && sidewalk !== 'none' && sidewalk !== 'separate';
};

/** Applies a oneway to a mode: opens the allowed direction(s) with the given traversal. */
const open = (packed: number, mode: StreetMode, traversal: Traversal, oneway: 1 | -1 | 0 | null): number => {
  if (oneway === null || traversal === CLOSED) return packed;
  let result = packed;
  if (oneway >= 0) result = withTraversal(result, mode, 0, traversal);
  if (oneway <= 0) result = withTraversal(result, mode, 1, traversal);
  return result;
};

function footTraversal(highway: string, tags: OsmTags, maxspeed: number | undefined): Traversal {
  const access = accessFrom(tags, ['foot', 'access']);
  if (tags.foot !== undefined && access !== undefined) return access === 'deny' ? CLOSED : RIDE;
  if (access === 'deny') return CLOSED;
  if (MOTOR_ONLY.has(highway)) return CLOSED;
  // GOAT keeps fast primaries out of active modes unless a sidewalk is mapped.
  if ((highway === 'primary' || highway === 'primary_link') && maxspeed !== undefined && maxspeed > 50 && !hasSidewalk(tags)) {
    return CLOSED;
  }
  return RIDE;
}

function wheelchairTraversal(highway: string, tags: OsmTags, foot: Traversal): Traversal {
  if (tags.wheelchair === 'no') return CLOSED;
  if (tags.wheelchair === 'yes' || tags.wheelchair === 'designated') return foot === CLOSED && tags.foot !== undefined ? CLOSED : RIDE;
  if (foot === CLOSED || highway === 'steps') return CLOSED;
  if (WHEELCHAIR_IMPASSABLE_SURFACES.has(tags.surface ?? '') || WHEELCHAIR_IMPASSABLE_SMOOTHNESS.has(tags.smoothness ?? '')) {
    return CLOSED;
  }
  return RIDE;
}

function bicycleTraversal(highway: string, tags: OsmTags, maxspeed: number | undefined): Traversal {
  const access = accessFrom(tags, ['bicycle', 'vehicle', 'access']);
  const explicit = tags.bicycle !== undefined || tags.vehicle !== undefined;
  if (access === 'deny') return CLOSED;
  if (access === 'dismount') return PUSH;
  if (explicit && access === 'allow') return highway === 'steps' ? PUSH : RIDE;
  if (MOTOR_ONLY.has(highway)) return CLOSED;
  if (highway === 'steps') return tags['ramp:bicycle'] === 'yes' ? PUSH : CLOSED;
  if (PEDESTRIAN_ONLY.has(highway)) return tags.crossing === 'toucan' ? RIDE : PUSH;
  if (highway === 'bridleway') return CLOSED;
  if ((highway === 'primary' || highway === 'primary_link') && maxspeed !== undefined && maxspeed > 50) {
    return tags.cycleway !== undefined && tags.cycleway !== 'no' ? RIDE : CLOSED;
  }
  return RIDE;
}

function carTraversal(highway: string, tags: OsmTags): Traversal {
  const access = accessFrom(tags, ['motorcar', 'motor_vehicle', 'vehicle', 'access']);
  if (access === 'deny' || access === 'dismount') return CLOSED;
  if (CAR_CLASSES.has(highway)) return RIDE;
  const explicit = tags.motorcar ?? tags.motor_vehicle;
  return highway === 'track' && explicit !== undefined && access === 'allow' ? RIDE : CLOSED;
}

/**
 * Derives access per mode and direction, car speed and surface effort from a way's tags; null when
 * no mode may use it (not a street, closed, or under construction).
 */
export function classifyStreet(tags: OsmTags): StreetProfile | null {
  const highway = tags.highway;
  if (highway === undefined) return null;
  const highwayCode = highwayClassCode(highway);
  if (highwayCode === undefined || tags.area === 'yes' && highway !== 'pedestrian' && highway !== 'footway') return null;

  const maxspeed = parseMaxspeedKmh(tags.maxspeed);
  const implied = highway === 'motorway' || tags.junction === 'roundabout' || tags.junction === 'circular' ? 1 : 0;
  const vehicleOneway = tags.oneway === undefined ? implied : onewayOf(tags.oneway);
  const bicycleOneway =
    tags['oneway:bicycle'] !== undefined ? onewayOf(tags['oneway:bicycle']) : isTwoWayForBicycles(tags) ? 0 : vehicleOneway;
  const footOneway = onewayOf(tags['oneway:foot']);

  const foot = footTraversal(highway, tags, maxspeed);
  const bicycle = bicycleTraversal(highway, tags, maxspeed);
  // A pushed bicycle is a pedestrian: vehicle oneways do not bind it.
  const bicycleDirection = bicycle === PUSH ? footOneway : bicycleOneway;

  let traversal = 0;
  traversal = open(traversal, 'walking', foot, footOneway);
  traversal = open(traversal, 'wheelchair', wheelchairTraversal(highway, tags, foot), footOneway);
  traversal = open(traversal, 'bicycle', bicycle, bicycleDirection);
  traversal = open(traversal, 'pedelec', bicycle, bicycleDirection);
  traversal = open(traversal, 'car', carTraversal(highway, tags), vehicleOneway);
  if (traversal === 0) return null;

  const carSpeed = Math.round(Math.min(250, maxspeed ?? CAR_SPEED_BY_CLASS[highway] ?? 20));
  return {
    highwayCode,
    traversal,
    carSpeedKmh: Math.max(1, carSpeed),
    surfacePenaltyPercent: SURFACE_PENALTY_PERCENT[tags.surface ?? ''] ?? 0,
  };
}
