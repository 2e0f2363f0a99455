/** Distances on the WGS84 sphere approximation; good to a few centimetres over street lengths. */
const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

export const haversineMetres = (lon1: number, lat1: number, lon2: number, lat2: number): number => {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
};

/** Metres per degree at a latitude (equirectangular), for local planar maths near a point. */
export const metresPerDegreeLat = 111_320;
export const metresPerDegreeLon = (lat: number): number => 111_320 * Math.cos(lat * RAD);

/** Fixed-point degrees (1e-7, as OSM stores them): exact round trips through Int32. */
export const FIXED_POINT_SCALE = 1e7;
export const toFixedDegrees = (degrees: number): number => Math.round(degrees * FIXED_POINT_SCALE);
export const fromFixedDegrees = (fixed: number): number => fixed / FIXED_POINT_SCALE;
