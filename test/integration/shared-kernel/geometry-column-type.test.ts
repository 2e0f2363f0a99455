import type { Geometry } from 'geojson';
import { Client } from 'pg';
import { GeometryType } from '../../../src/shared-kernel/geometry-column.type';
import { testDatabaseUrl } from '../../support/test-database';

describe('GeometryType: GeoJSON <-> EWKB through PostGIS', () => {
  const client = new Client({ connectionString: testDatabaseUrl() });
  const type = new GeometryType();
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  const samples: Geometry[] = [
    { type: 'Point', coordinates: [-51.2177, -30.0346] },
    { type: 'LineString', coordinates: [[7.42, 43.73], [7.43, 43.74]] },
    { type: 'MultiPolygon', coordinates: [[[[7.4, 43.7], [7.5, 43.7], [7.5, 43.8], [7.4, 43.7]]]] },
  ];

  it.each(samples.map((geometry) => [geometry.type, geometry]))('round-trips a %s with SRID 4326 and exact coordinates', async (_kind, geometry) => {
    const insertSql = type.convertToDatabaseValueSQL('$1');
    const readSql = type.convertToJSValueSQL('g');
    const { rows } = await client.query(
      `SELECT ST_SRID(g) AS srid, ST_AsGeoJSON(g) AS json, ${readSql} AS ewkb FROM (SELECT ${insertSql} AS g) AS t`,
      [type.convertToDatabaseValue(geometry as Geometry)],
    );
    expect(rows[0].srid).toBe(4326);
    expect(JSON.parse(rows[0].json)).toEqual(geometry);
    expect(type.convertToJSValue(rows[0].ewkb)).toEqual(geometry);
  });
});
