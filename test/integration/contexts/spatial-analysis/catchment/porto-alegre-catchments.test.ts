import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Pool } from 'pg';
import { BuiltInTravelTimeEngine, loadStreetNetworkFromPbf } from '../../../../../src/contexts/spatial-analysis/adapters/routing';
import { ComputeCatchmentArea } from '../../../../../src/contexts/spatial-analysis/application/catchment/compute-catchment-area.use-case';
import type { CatchmentOutput } from '../../../../../src/contexts/spatial-analysis/domain/catchment/catchment-area';
import { fromFixedDegrees } from '../../../../../src/contexts/spatial-analysis/domain/routing/geodesy';
import type { StreetNetwork } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-network';
import { areaOf, areaOutside, expectValidPolygonal, intersectionArea } from '../../../../unit/contexts/spatial-analysis/catchment/polygon-checks';
import { routingTestPool, SHARED_DATA } from '../routing/routing-test-database';

jest.setTimeout(120_000);

describe('catchment areas on Porto Alegre (built-in engine, real network)', () => {
  let network: StreetNetwork;
  let compute: ComputeCatchmentArea;
  let pool: Pool;
  let origins: { lon: number; lat: number }[];

  beforeAll(async () => {
    network = await loadStreetNetworkFromPbf(`${SHARED_DATA}/osm/porto-alegre-central.osm.pbf`);
    compute = new ComputeCatchmentArea(new BuiltInTravelTimeEngine(network), null);
    pool = await routingTestPool();
    origins = [101, 2_000, 7_777, 12_345, 18_000, 4_321, 9_999, 15_000].map((n) => ({ lon: fromFixedDegrees(network.nodeLon[n]), lat: fromFixedDegrees(network.nodeLat[n]) }));
  });
  afterAll(() => pool?.end());

  const walk = async (origin: { lon: number; lat: number }, output: CatchmentOutput): Promise<FeatureCollection> => {
    const result = await compute.execute({
      startingPoints: [origin],
      mode: { kind: 'street', mode: 'walking' },
      travelCost: { kind: 'time', maxTravelTimeMinutes: 15, steps: 5, speedKmh: 5 },
      output,
    });
    if (!result.ok) throw result.error;
    return result.value.featureCollection;
  };

  it('draws valid polygons (ours and PostGIS\'s ST_IsValid), nested step by step', async () => {
    for (const origin of origins) {
      const { features } = await walk(origin, { type: 'polygon', difference: false });
      expect(features.map((f) => f.properties?.travel_cost)).toEqual([3, 6, 9, 12, 15]);
      for (const feature of features) {
        expectValidPolygonal(feature.geometry);
        const valid = await pool.query('SELECT ST_IsValid(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) AS valid, ST_IsValidReason(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) AS reason', [JSON.stringify(feature.geometry)]);
        expect(valid.rows[0]).toEqual({ valid: true, reason: 'Valid Geometry' });
      }
      for (let k = 1; k < features.length; k++) expect(areaOutside(features[k - 1].geometry, features[k].geometry)).toBeLessThan(1);
    }
  });

  it('draws rings with polygon_difference: disjoint, adding up to the outer step', async () => {
    for (const origin of origins.slice(0, 4)) {
      const nested = (await walk(origin, { type: 'polygon', difference: false })).features;
      const rings = (await walk(origin, { type: 'polygon', difference: true })).features;
      rings.forEach((ring) => expectValidPolygonal(ring.geometry));
      for (let k = 1; k < rings.length; k++) expect(intersectionArea(rings[k - 1].geometry, rings[k].geometry)).toBeLessThan(1);
      const sum = rings.reduce((total, ring) => total + areaOf(ring.geometry), 0);
      expect(Math.abs(sum - areaOf(nested[nested.length - 1].geometry)) / sum).toBeLessThan(1e-6);
    }
  });

  it('contains the reached network: street points reached within 12 of the 15 minutes lie inside the 15-minute polygon', async () => {
    let checked = 0;
    let outsideAnywhere = 0;
    let total = 0;
    for (const origin of origins) {
      const outer = (await walk(origin, { type: 'polygon', difference: false })).features.at(-1) as Feature<Polygon | MultiPolygon>;
      const streets = (await walk(origin, { type: 'network' })).features as Feature<LineString>[];
      expect(streets.length).toBeGreaterThan(10);
      for (const street of streets) {
        for (const position of street.geometry.coordinates) {
          const inside = booleanPointInPolygon(position, outer);
          total++;
          if (!inside) outsideAnywhere++;
          if (street.properties?.travel_cost <= 12) {
            checked++;
            expect({ position, inside }).toEqual({ position, inside: true });
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // Points at the very edge of the budget may fall a cell outside the interpolated contour.
    expect(outsideAnywhere / total).toBeLessThan(0.02);
  });

  it('covers the reached grid with H3 cells of the right steps', async () => {
    const cells = (await walk(origins[0], { type: 'rectangular_grid' })).features;
    expect(cells.length).toBeGreaterThan(50);
    expect(new Set(cells.map((cell) => cell.properties?.h3_index)).size).toBe(cells.length);
    expect(cells.every((cell) => [3, 6, 9, 12, 15].includes(cell.properties?.travel_cost))).toBe(true);
  });
});
