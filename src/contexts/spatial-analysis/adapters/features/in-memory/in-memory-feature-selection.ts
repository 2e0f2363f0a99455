import type { Geometry } from 'geojson';
import type { FeatureSelection, SortKey } from '../../../domain/features/feature-query';
import type { LayerFeature } from '../../../domain/features/layer-feature';
import type { Queryable } from '../../../domain/features/queryables';
import type { Bounds } from '../../../domain/features/tile-matrix';
import { compare, compileFilterToPredicate, valueOf } from './cql2-predicate';
import { intersects } from './geometry-predicates';

export const boundsPolygon = ([x1, y1, x2, y2]: Bounds): Geometry => ({ type: 'Polygon', coordinates: [[[x1, y1], [x2, y1], [x2, y2], [x1, y2], [x1, y1]]] });

/** The rows a selection (filter and bbox) keeps, with the same meaning as the SQL WHERE clause. */
export function selected(rows: readonly LayerFeature[], selection: FeatureSelection): LayerFeature[] {
  const matches = selection.filter ? compileFilterToPredicate(selection.filter) : () => true;
  const box = selection.bbox ? boundsPolygon(selection.bbox) : null;
  return rows.filter((row) => (!box || (row.geometry !== null && intersects(row.geometry, box))) && matches(row));
}

/** ORDER BY the keys (NULLs last ascending, first descending, as PostgreSQL), then id. */
export function sortedBy(rows: LayerFeature[], keys: readonly SortKey[]): LayerFeature[] {
  return rows.sort((a, b) => {
    for (const { queryable, descending } of keys) {
      const [x, y] = [valueOf(a, queryable), valueOf(b, queryable)];
      if (x === null && y === null) continue;
      if (x === null) return descending ? -1 : 1;
      if (y === null) return descending ? 1 : -1;
      const c = compare(x, y);
      if (c !== 0) return descending ? -c : c;
    }
    return a.id - b.id;
  });
}

/** A copy of the row with only the chosen attributes (all when null). */
export function projected(row: LayerFeature, properties: readonly Queryable[] | null, all: readonly Queryable[]): LayerFeature {
  const chosen = properties ?? all.filter((q) => q.type !== 'geometry');
  return {
    id: row.id,
    geometry: row.geometry ? structuredClone(row.geometry) : null,
    properties: Object.fromEntries(chosen.map((q) => [q.name, structuredClone(row.properties[q.name] ?? null)])),
  };
}
