import { cellToLatLng, getResolution } from 'h3-js';
import { catchmentFeatureCollection, MissingSurfaceError } from '../../../../../src/contexts/spatial-analysis/domain/catchment/catchment-feature-collection';
import { signedArea } from '../../../../../src/contexts/spatial-analysis/domain/catchment/polygon-rings';
import { UNREACHED } from '../../../../../src/contexts/spatial-analysis/domain/routing/time-grid';
import { validArea, walkingRequest } from './catchment-area.mother';
import { cellSizeMetres, coneGrid, gridOf, MUNICH } from './time-grid.mother';

const street = (fromCost: number, toCost: number, coordinates: [number, number][] = [[11.57, 48.13], [11.58, 48.13]]) => ({
  edgeId: 1,
  coordinates,
  fromCost,
  toCost,
});

describe('network output', () => {
  const area = validArea(walkingRequest({ travelCost: { kind: 'time', maxTravelTimeMinutes: 15, steps: 3, speedKmh: 5 }, output: { type: 'network' } }));

  it('gives each reached street its step (cost rounded up) and its raw cost in minutes', () => {
    const { features } = catchmentFeatureCollection(area, { reachedStreets: [street(0, 90), street(240, 330), street(600, 900)] });
    expect(features.map((f) => f.properties)).toEqual([
      { travel_cost: 5, cost: 1.5 },
      { travel_cost: 10, cost: 5.5 },
      { travel_cost: 15, cost: 15 },
    ]);
    expect(features[0].geometry).toEqual({ type: 'LineString', coordinates: [[11.57, 48.13], [11.58, 48.13]] });
  });

  it('cuts a street reached at one end where the budget runs out and drops streets beyond it', () => {
    const { features } = catchmentFeatureCollection(area, {
      reachedStreets: [street(800, 1000, [[11.57, 48.13], [11.571, 48.13], [11.572, 48.13]]), street(1200, 850), street(901, 950)],
    });
    expect(features).toHaveLength(2);
    const [forward, backward] = features.map((f) => (f.geometry.type === 'LineString' ? f.geometry.coordinates : []));
    expect(forward).toHaveLength(3);
    expect(forward[2][0]).toBeCloseTo(11.571, 9);
    expect(features[0].properties).toEqual({ travel_cost: 15, cost: 15 });
    expect(backward[0][0]).toBeCloseTo(11.58 - 0.01 * (50 / 350), 9);
    expect(backward[1]).toEqual([11.58, 48.13]);
  });

  it('keeps metres under a distance limit', () => {
    const byDistance = validArea(walkingRequest({ travelCost: { kind: 'distance', maxDistanceMetres: 1000, steps: 4 }, output: { type: 'network' } }));
    const { features } = catchmentFeatureCollection(byDistance, { reachedStreets: [street(100, 260)] });
    expect(features[0].properties).toEqual({ travel_cost: 500, cost: 260 });
  });

  it('refuses to build without the reached streets', () => {
    expect(() => catchmentFeatureCollection(area, { grid: coneGrid(11, 5) })).toThrow(MissingSurfaceError);
  });
});

describe('rectangular grid output (H3 resolution 10)', () => {
  const area = validArea(walkingRequest({ travelCost: { kind: 'time', maxTravelTimeMinutes: 20, steps: 2, speedKmh: 5 }, output: { type: 'rectangular_grid' } }));
  // A cone at zoom 13: one minute per cell (≈12.75 m), so 20 minutes reach ≈255 m.
  const grid = coneGrid(61, 30);
  const { features } = catchmentFeatureCollection(area, { grid });

  it('covers the reached disc with resolution-10 hexagons', () => {
    const reachedArea = Math.PI * (20 * cellSizeMetres(13)) ** 2;
    const hexagonArea = 15_047; // average res-10 cell, m²
    expect(features.length).toBeGreaterThan((0.7 * reachedArea) / hexagonArea);
    expect(features.length).toBeLessThan((1.3 * reachedArea) / hexagonArea);
    for (const f of features) expect(getResolution(String(f.properties?.h3_index))).toBe(10);
  });

  it('gives valid counter-clockwise hexagons with the step of the grid cell under their centre', () => {
    for (const f of features) {
      if (f.geometry.type !== 'Polygon') throw new Error('hexagons are polygons');
      const [ring] = f.geometry.coordinates;
      expect(ring).toHaveLength(7);
      expect(ring[6]).toEqual(ring[0]);
      expect(signedArea(ring)).toBeGreaterThan(0);
      const [lat, lon] = cellToLatLng(String(f.properties?.h3_index));
      const metresFromCentre = Math.hypot((lon - MUNICH.lon) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat - MUNICH.lat) * 110_574);
      const minutes = metresFromCentre / cellSizeMetres(13);
      // The origin lies somewhere in the cone's centre cell: allow a cell either side of the 10-minute line.
      if (Math.abs(minutes - 10) > 1) expect(f.properties?.travel_cost).toBe(minutes < 10 ? 10 : 20);
      expect(minutes).toBeLessThan(21);
    }
    expect(new Set(features.map((f) => f.properties?.travel_cost))).toEqual(new Set([10, 20]));
  });

  it('is empty when nothing is reached', () => {
    const nothing = gridOf(10, 10, () => UNREACHED);
    expect(catchmentFeatureCollection(area, { grid: nothing }).features).toEqual([]);
  });

  it('refuses a reached box too large to fill with hexagons (catchment.grid-too-large) before filling it', () => {
    // Zoom 4 at Munich: a cell is ≈6.5 km, so 20×20 reached cells (≈130 km square) need over a million hexagons.
    const huge = gridOf(20, 20, () => 0, 4);
    expect(() => catchmentFeatureCollection(area, { grid: huge })).toThrow(
      expect.objectContaining({ code: 'catchment.grid-too-large', kind: 'validation' }),
    );
  });
});

describe('phase timing', () => {
  it('times gridding, contouring and serialising of a polygon output', () => {
    const phases: string[] = [];
    const area = validArea(walkingRequest());
    catchmentFeatureCollection(area, { grid: coneGrid(31, 14) }, (phase, work) => {
      phases.push(phase);
      return work();
    });
    expect(phases).toEqual(['gridding', 'contouring', 'serialising', 'serialising']);
  });
});
