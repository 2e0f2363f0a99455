import type { Geometry } from 'geojson';
import { catchmentFeatureCollection } from '../../../../../src/contexts/spatial-analysis/domain/catchment/catchment-feature-collection';
import { UNREACHED } from '../../../../../src/contexts/spatial-analysis/domain/routing/time-grid';
import { validArea, walkingRequest } from './catchment-area.mother';
import { areaOf, areaOutside, expectValidPolygonal, intersectionArea, polygonsOf } from './polygon-checks';
import { cellSizeMetres, coneGrid, gridOf } from './time-grid.mother';

const polygonsFor = (grid: ReturnType<typeof gridOf>, difference: boolean, maxMinutes = 25, steps = 5) =>
  catchmentFeatureCollection(
    validArea(walkingRequest({ travelCost: { kind: 'time', maxTravelTimeMinutes: maxMinutes, steps, speedKmh: 5 }, output: { type: 'polygon', difference } })),
    { grid },
  ).features;

describe('polygon output on a cone (one minute per cell)', () => {
  const cell = cellSizeMetres(13);
  const nested = polygonsFor(coneGrid(71, 30), false);

  it('gives one valid polygon per step with its travel cost in minutes', () => {
    expect(nested.map((f) => f.properties?.travel_cost)).toEqual([5, 10, 15, 20, 25]);
    for (const feature of nested) {
      expect(feature.geometry.type).toBe('Polygon');
      expectValidPolygonal(feature.geometry);
    }
  });

  it('draws discs of about the radius the cutoff allows', () => {
    nested.forEach((feature, k) => {
      const radius = 5 * (k + 1) * cell;
      expect(areaOf(feature.geometry) / (Math.PI * radius * radius)).toBeGreaterThan(0.9);
      expect(areaOf(feature.geometry) / (Math.PI * radius * radius)).toBeLessThan(1.1);
    });
  });

  it('nests the steps: each contains the previous one', () => {
    for (let k = 1; k < nested.length; k++) {
      expect(areaOutside(nested[k - 1].geometry, nested[k].geometry)).toBeLessThan(1);
      expect(areaOf(nested[k].geometry)).toBeGreaterThan(areaOf(nested[k - 1].geometry));
    }
  });

  it('with polygon_difference gives disjoint rings that add up to the outer area', () => {
    const rings = polygonsFor(coneGrid(71, 30), true);
    expect(rings.map((f) => f.properties?.travel_cost)).toEqual([5, 10, 15, 20, 25]);
    rings.forEach((f) => expectValidPolygonal(f.geometry));
    expect(polygonsOf(rings[2].geometry)[0]).toHaveLength(2); // a ring: shell and the hole of the step inside
    for (let i = 0; i < rings.length; i++) {
      for (let j = i + 1; j < rings.length; j++) expect(intersectionArea(rings[i].geometry, rings[j].geometry)).toBeLessThan(1);
    }
    const sum = rings.reduce((s, f) => s + areaOf(f.geometry), 0);
    expect(sum / areaOf(nested[4].geometry)).toBeCloseTo(1, 6);
  });
});

describe('polygon output on other shapes', () => {
  // A 100×100 field reached in one minute, with an unreached 10×10 block (≈16,000 m²) and a 40×40 block (≈260,000 m²).
  const inBlock = (x: number, y: number, x0: number, y0: number, size: number) => x >= x0 && x < x0 + size && y >= y0 && y < y0 + size;
  const field = gridOf(100, 100, (x, y) => (inBlock(x, y, 10, 10, 10) || inBlock(x, y, 40, 40, 40) ? UNREACHED : 60));

  it('fills holes under 20 ha and keeps larger ones', () => {
    const [feature] = polygonsFor(field, false, 5, 1);
    expectValidPolygonal(feature.geometry);
    const [polygon] = polygonsOf(feature.geometry);
    expect(polygon).toHaveLength(2);
    const hole: Geometry = { type: 'Polygon', coordinates: [[...polygon[1]].reverse()] };
    const expected = (40 * cellSizeMetres(13)) ** 2;
    expect(areaOf(hole) / expected).toBeGreaterThan(0.9);
    expect(areaOf(hole) / expected).toBeLessThan(1.1);
  });

  it('returns a MultiPolygon for separate areas and leaves out empty steps', () => {
    const twoIslands = gridOf(60, 20, (x, y) => (Math.hypot(x - 10, y - 10) <= 5 || Math.hypot(x - 50, y - 10) <= 5 ? 600 : UNREACHED));
    const features = polygonsFor(twoIslands, false, 20, 2);
    expect(features.map((f) => f.properties?.travel_cost)).toEqual([20]);
    expect(features[0].geometry.type).toBe('MultiPolygon');
    expect(polygonsOf(features[0].geometry)).toHaveLength(2);
    expectValidPolygonal(features[0].geometry);
  });

  it('closes rings at the grid border', () => {
    const full = gridOf(20, 20, () => 0);
    const [feature] = polygonsFor(full, false, 5, 1);
    expectValidPolygonal(feature.geometry);
    expect(areaOf(feature.geometry) / (20 * cellSizeMetres(13)) ** 2).toBeGreaterThan(0.9);
  });

  it('keeps values strictly below the cutoff', () => {
    const atCutoff = gridOf(20, 20, () => 300);
    expect(polygonsFor(atCutoff, false, 5, 1)).toEqual([]);
    expect(polygonsFor(gridOf(20, 20, () => 299), false, 5, 1)).toHaveLength(1);
  });

  it('stays valid on a noisy surface', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const noisy = gridOf(80, 80, (x, y) => (random() < 0.1 ? UNREACHED : Math.round(Math.hypot(x - 40, y - 40) * 20 + random() * 300)));
    for (const difference of [false, true]) {
      const features = polygonsFor(noisy, difference, 15, 3);
      expect(features).toHaveLength(3);
      features.forEach((f) => expectValidPolygonal(f.geometry));
      if (!difference) for (let k = 1; k < 3; k++) expect(areaOutside(features[k - 1].geometry, features[k].geometry)).toBeLessThan(1);
    }
  });
});
