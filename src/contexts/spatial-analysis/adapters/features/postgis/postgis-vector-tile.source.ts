import type { FeatureLayer } from '../../../domain/features/feature-layer';
import type { TileRequest, VectorTileSource } from '../../../ports/features/vector-tile-source.port';
import { compileFilterToSql } from './cql2-sql.compiler';
import { readExpression, tableOf } from './layer-feature-sql';
import { isMissingTable, type PostgisConnection } from './postgis-connection';
import { SqlParameters, quoteIdentifier } from './sql-text';

const EXTENT = 4096;
const BUFFER = 64;

/**
 * Tiles straight from PostGIS: ST_AsMVTGeom clips and quantizes in EPSG:3857, ST_AsMVT encodes.
 * The GiST index finds candidates through the tile envelope (grown by the buffer) in EPSG:4326.
 * Past the cap, the longest lines and largest polygons come first; points keep storage order.
 */
export class PostgisVectorTileSource implements VectorTileSource {
  constructor(private readonly db: PostgisConnection) {}

  async tile(layer: FeatureLayer, request: TileRequest): Promise<Uint8Array> {
    if (!layer.geometryType) return new Uint8Array(0);
    const params = new SqlParameters();
    const { z, x, y } = request.tile;
    const envelope = `ST_TileEnvelope(${params.bind(z, 'integer')}, ${params.bind(x, 'integer')}, ${params.bind(y, 'integer')})`;
    const margin = `ST_Transform(ST_TileEnvelope($1::integer, $2::integer, $3::integer, margin => ${BUFFER / EXTENT}), 4326)`;
    const chosen = request.properties ?? layer.queryables.all.filter((q) => q.type !== 'geometry');
    // json goes as text (ST_AsMVT would spread a jsonb column into separate keys).
    const properties = chosen.map((q) => `${q.type === 'json' ? `${readExpression(q)}::text` : readExpression(q)} AS ${quoteIdentifier(q.name)}`);
    const filter = request.filter ? ` AND ${compileFilterToSql(request.filter, params, 't')}` : '';
    const weight = layer.geometryType === 'line' ? 'ST_Length(t.geom) DESC, ' : layer.geometryType === 'polygon' ? 'ST_Area(t.geom) DESC, ' : '';
    const order = weight ? ` ORDER BY ${weight}t.id` : '';
    // The cap's LIMIT sits in its own subquery with the index condition, and the costly per-row
    // ST_AsMVTGeom above it: costed together, the planner took a parallel sequential scan over the
    // whole table for every tile (27–49 ms instead of 5–9 ms at z16 on 100,000 points).
    const sql = `
      SELECT ST_AsMVT(q, ${params.bind(layer.id, 'text')}, ${EXTENT}, 'mvt.geom', 'mvt.id') AS tile FROM (
        SELECT t.id AS "mvt.id", ST_AsMVTGeom(ST_Transform(t.geom, 3857), ${envelope}, ${EXTENT}, ${BUFFER}, true) AS "mvt.geom"${properties.map((p) => `, ${p}`).join('')}
        FROM (
          SELECT t.* FROM ${tableOf(layer)} t
          WHERE t.geom && ${margin}${filter}${order}
          LIMIT ${params.bind(request.featureCap, 'integer')}
        ) t
      ) q WHERE q."mvt.geom" IS NOT NULL`;
    try {
      const rows = await this.db.query<{ tile: Buffer | null }>(sql, params.values);
      // A Buffer is a Uint8Array: handed on without a copy (tiles reach half a megabyte).
      return rows[0]?.tile ?? new Uint8Array(0);
    } catch (error) {
      if (isMissingTable(error)) return new Uint8Array(0);
      throw error;
    }
  }
}
