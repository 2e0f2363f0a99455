/** OSM highway values the engine routes on; the index is the class code stored per street (Uint8). */
export const HIGHWAY_CLASSES = [
  'motorway', 'motorway_link', 'trunk', 'trunk_link', 'primary', 'primary_link', 'secondary', 'secondary_link',
  'tertiary', 'tertiary_link', 'unclassified', 'residential', 'living_street', 'service', 'road', 'track',
  'pedestrian', 'footway', 'path', 'cycleway', 'bridleway', 'steps', 'corridor', 'busway', 'elevator',
] as const;
export type HighwayClass = (typeof HIGHWAY_CLASSES)[number];

const CODE = new Map<string, number>(HIGHWAY_CLASSES.map((name, index) => [name, index]));

export const highwayClassCode = (highway: string): number | undefined => CODE.get(highway);
export const highwayClassName = (code: number): HighwayClass => HIGHWAY_CLASSES[code] ?? 'road';
