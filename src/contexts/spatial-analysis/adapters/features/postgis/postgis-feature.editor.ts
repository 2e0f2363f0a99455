import type { Geometry } from 'geojson';
import { bindValue, SQL_TYPES } from '../../persistence/postgis/layer-table-sql';
import type { FeatureId, FeatureLayer } from '../../../domain/features/feature-layer';
import type { FeatureContent, LayerFeature } from '../../../domain/features/layer-feature';
import type { EditOutcome, FeatureEditor } from '../../../ports/features/feature-editor.port';
import { featureSelect, tableOf } from './layer-feature-sql';
import { isMissingTable, type PostgisConnection, type SqlSession } from './postgis-connection';
import { SqlParameters, quoteIdentifier } from './sql-text';

type StoredType = 'POINT' | 'MULTIPOINT' | 'MULTILINESTRING' | 'MULTIPOLYGON';

/**
 * Single-feature edits in one transaction each. Geometries are made 2D and cast to the table's stored
 * type (multi lines and polygons); an invalid one is refused before the table's CHECK would fail.
 * New features take the next number under a lock, as the tables have no sequence.
 */
export class PostgisFeatureEditor implements FeatureEditor {
  constructor(private readonly db: PostgisConnection) {}

  async insert(layer: FeatureLayer, content: FeatureContent): Promise<EditOutcome> {
    return this.edit(layer, async (session) => {
      const params = new SqlParameters();
      const values = await this.values(session, layer, content, params);
      if ('invalid' in values) return { kind: 'invalid-geometry', reason: values.invalid };
      await session.query(`LOCK TABLE ${tableOf(layer)} IN SHARE ROW EXCLUSIVE MODE`);
      const columns = ['id', ...values.columns].join(', ');
      const rows = await session.query<{ id: number }>(
        `INSERT INTO ${tableOf(layer)} (${columns}) SELECT coalesce(max(id), 0) + 1${values.expressions.map((e) => `, ${e}`).join('')} FROM ${tableOf(layer)} RETURNING id`,
        params.values,
      );
      return { kind: 'saved', feature: await this.read(session, layer, rows[0].id) };
    });
  }

  async replace(layer: FeatureLayer, id: FeatureId, content: FeatureContent): Promise<EditOutcome> {
    return this.edit(layer, async (session) => {
      const params = new SqlParameters();
      const values = await this.values(session, layer, content, params);
      if ('invalid' in values) return { kind: 'invalid-geometry', reason: values.invalid };
      const assignments = values.columns.map((c, i) => `${c} = ${values.expressions[i]}`).join(', ');
      const rows = await session.query<{ id: number }>(`UPDATE ${tableOf(layer)} SET ${assignments} WHERE id = ${params.bind(id, 'integer')} RETURNING id`, params.values);
      return rows.length ? { kind: 'saved', feature: await this.read(session, layer, id) } : { kind: 'not-found' };
    });
  }

  async delete(layer: FeatureLayer, id: FeatureId): Promise<boolean> {
    try {
      return (await this.db.query(`DELETE FROM ${tableOf(layer)} WHERE id = $1::integer RETURNING id`, [id])).length > 0;
    } catch (error) {
      if (isMissingTable(error)) return false;
      throw error;
    }
  }

  private async edit(layer: FeatureLayer, work: (session: SqlSession) => Promise<EditOutcome>): Promise<EditOutcome> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isMissingTable(error)) return { kind: 'not-found' };
      throw error;
    }
  }

  private async read(session: SqlSession, layer: FeatureLayer, id: number): Promise<LayerFeature> {
    const select = featureSelect(layer, null);
    const rows = await session.query(`SELECT ${select.columns} FROM ${tableOf(layer)} t WHERE t.id = $1::integer`, [id]);
    return select.toFeature(rows[0]);
  }

  /** Column list and bound expressions for every attribute (absent ones are NULL) and the geometry. */
  private async values(session: SqlSession, layer: FeatureLayer, content: FeatureContent, params: SqlParameters): Promise<{ columns: string[]; expressions: string[] } | { invalid: string }> {
    const columns = layer.attributes.map((a) => quoteIdentifier(a.column));
    const expressions = layer.attributes.map((a) => params.bind(bindValue(content.properties[a.name], a.type), SQL_TYPES[a.type]));
    if (!layer.geometryType) return { columns, expressions };
    if (!content.geometry) return { invalid: 'a feature of this layer needs a geometry' };
    const stored = await this.storedType(session, layer);
    const geometry = this.asStored(content.geometry, stored);
    if (typeof geometry === 'string') return { invalid: geometry };
    const json = JSON.stringify(geometry);
    const check = await session.query<{ valid: boolean; reason: string }>('SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) AS g) s', [json]);
    if (!check[0].valid) return { invalid: check[0].reason };
    const expression = `ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(${params.bind(json, 'text')}), 4326))`;
    return { columns: [...columns, 'geom'], expressions: [...expressions, stored === 'POINT' ? expression : `ST_Multi(${expression})`] };
  }

  private async storedType(session: SqlSession, layer: FeatureLayer): Promise<StoredType> {
    const rows = await session.query<{ type: StoredType }>("SELECT type FROM geometry_columns WHERE f_table_schema = 'user_data' AND f_table_name = $1 AND f_geometry_column = 'geom'", [tableOf(layer).replace(/^user_data\."|"$/g, '')]);
    return rows[0]?.type ?? (layer.geometryType === 'point' ? 'POINT' : layer.geometryType === 'line' ? 'MULTILINESTRING' : 'MULTIPOLYGON');
  }

  private asStored(geometry: Geometry, stored: StoredType): Geometry | string {
    if (stored === 'POINT' && geometry.type === 'MultiPoint') {
      return geometry.coordinates.length === 1 ? { type: 'Point', coordinates: geometry.coordinates[0] } : 'this layer stores single points, not multipoints';
    }
    return geometry;
  }
}
