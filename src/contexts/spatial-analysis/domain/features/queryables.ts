import type { GeometryKind } from '../layers/layer';
import type { AttributeType, LayerAttribute } from '../layers/layer-attributes';

export type QueryableType = AttributeType | 'geometry';

/** A property a filter, a sort or a selection may name: the planner's name, its column and type. */
export interface Queryable {
  readonly name: string;
  readonly column: string;
  readonly type: QueryableType;
}

/** The geometry column every feature-layer table has; clients call it `geom` (GOAT) or `geometry`. */
export const GEOMETRY_QUERYABLE: Queryable = { name: 'geom', column: 'geom', type: 'geometry' };
const GEOMETRY_ALIASES = new Set(['geom', 'geometry']);

export interface LayerQueryables {
  readonly all: readonly Queryable[];
  /** By the planner's name first, then by stored column; null when the layer has neither. */
  find(name: string): Queryable | null;
}

export function queryablesOf(attributes: readonly LayerAttribute[], geometryType: GeometryKind | null): LayerQueryables {
  const byName = new Map(attributes.map((a) => [a.name, { name: a.name, column: a.column, type: a.type } as Queryable]));
  const byColumn = new Map(attributes.map((a) => [a.column, byName.get(a.name) as Queryable]));
  const all = [...byName.values(), ...(geometryType ? [GEOMETRY_QUERYABLE] : [])];
  return {
    all,
    find: (name) => byName.get(name) ?? byColumn.get(name) ?? (geometryType && GEOMETRY_ALIASES.has(name) ? GEOMETRY_QUERYABLE : null),
  };
}

export const isNumericType = (type: QueryableType): boolean => type === 'integer' || type === 'bigint' || type === 'number';
export const isTemporalType = (type: QueryableType): boolean => type === 'date' || type === 'timestamp';
