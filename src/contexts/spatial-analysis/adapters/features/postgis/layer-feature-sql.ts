import type { Geometry } from 'geojson';
import { layerTable, qualified, selectExpression } from '../../persistence/postgis/layer-table-sql';
import type { FeatureLayer } from '../../../domain/features/feature-layer';
import { FeatureWithGeometryText } from '../../../domain/features/geometry-text';
import type { FeatureSelection, SortKey } from '../../../domain/features/feature-query';
import type { LayerFeature } from '../../../domain/features/layer-feature';
import type { Queryable } from '../../../domain/features/queryables';
import { columnOf, compileFilterToSql } from './cql2-sql.compiler';
import { quoteIdentifier, type SqlParameters } from './sql-text';

/** The layer's table, `user_data."l_<hex>"`, named by the workspace's own rule. */
export const tableOf = (layer: FeatureLayer): string => qualified(layerTable(layer.id));

/** WHERE clause of a selection over alias `t`: bbox (index-assisted) and the compiled filter. */
export function whereOf(layer: FeatureLayer, selection: FeatureSelection, params: SqlParameters): string {
  const conditions: string[] = [];
  if (selection.bbox) {
    if (!layer.geometryType) return 'FALSE';
    const [x1, y1, x2, y2] = selection.bbox;
    const box = `ST_MakeEnvelope(${params.bind(x1, 'double precision')}, ${params.bind(y1, 'double precision')}, ${params.bind(x2, 'double precision')}, ${params.bind(y2, 'double precision')}, 4326)`;
    conditions.push(`ST_Intersects(t.geom, ${box})`);
  }
  if (selection.filter) conditions.push(compileFilterToSql(selection.filter, params, 't'));
  return conditions.length ? conditions.join(' AND ') : 'TRUE';
}

/** How an attribute is read back: as the workspace's export reads it (ISO text for times), json as a value. */
export const readExpression = (q: Queryable): string => selectExpression({ name: q.name, column: q.column, type: q.type === 'geometry' ? 'text' : q.type });

/**
 * SELECT list for features (id, GeoJSON geometry, chosen attributes as a0…an) and its row mappers:
 * `toFeature` parses the geometry, `toPageFeature` keeps its text for a page written straight out.
 */
export function featureSelect(layer: FeatureLayer, properties: readonly Queryable[] | null): { columns: string; toFeature(row: Record<string, unknown>): LayerFeature; toPageFeature(row: Record<string, unknown>): LayerFeature } {
  const chosen = properties ?? layer.queryables.all.filter((q) => q.type !== 'geometry');
  const columns = ['t.id', layer.geometryType ? 'ST_AsGeoJSON(t.geom, 15) AS geom' : 'NULL AS geom', ...chosen.map((q, i) => `${readExpression(q)} AS a${i}`)].join(', ');
  const propertiesOf = (row: Record<string, unknown>) => Object.fromEntries(chosen.map((q, i) => [q.name, row[`a${i}`] ?? null]));
  return {
    columns,
    toFeature: (row) => ({ id: Number(row.id), geometry: row.geom ? (JSON.parse(row.geom as string) as Geometry) : null, properties: propertiesOf(row) }),
    toPageFeature: (row) => new FeatureWithGeometryText(Number(row.id), (row.geom as string | null) ?? null, propertiesOf(row)),
  };
}

/** ORDER BY the sort keys (text in code-point order), then the id for a stable order. */
export function orderOf(sortby: readonly SortKey[]): string {
  const keys = sortby.map(({ queryable, descending }) => `${columnOf(queryable, 't')}${queryable.type === 'text' ? ' COLLATE "C"' : ''} ${descending ? 'DESC' : 'ASC'}`);
  return [...keys, 't.id'].join(', ');
}

export { quoteIdentifier };
