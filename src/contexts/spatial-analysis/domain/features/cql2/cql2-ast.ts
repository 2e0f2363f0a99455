import type { Geometry } from 'geojson';

/**
 * A CQL2 filter after parsing: the subset we serve (comparison, like, in, between, isNull, logic,
 * s_intersects/s_within). Properties are still the names the caller wrote; `bindFilter` resolves
 * them against the layer's queryables before anything is compiled.
 */
export type Literal = string | number | boolean | { readonly date: string } | { readonly timestamp: string };

export type ComparisonOperator = '=' | '<>' | '<' | '<=' | '>' | '>=';
export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = ['=', '<>', '<', '<=', '>', '>='];
export type SpatialOperator = 's_intersects' | 's_within';
export const SPATIAL_OPERATORS: readonly SpatialOperator[] = ['s_intersects', 's_within'];

export type Cql2Expression<P = string> =
  | { readonly op: 'and' | 'or'; readonly args: readonly Cql2Expression<P>[] }
  | { readonly op: 'not'; readonly arg: Cql2Expression<P> }
  | { readonly op: ComparisonOperator; readonly property: P; readonly value: Literal }
  | { readonly op: 'like'; readonly property: P; readonly pattern: string }
  | { readonly op: 'in'; readonly property: P; readonly values: readonly Literal[] }
  | { readonly op: 'between'; readonly property: P; readonly low: Literal; readonly high: Literal }
  | { readonly op: 'isNull'; readonly property: P }
  | { readonly op: SpatialOperator; readonly property: P; readonly geometry: Geometry };

/** Mirror of a comparison when the literal came first (`5 < pop` is `pop > 5`). */
export const FLIPPED: Readonly<Record<ComparisonOperator, ComparisonOperator>> = {
  '=': '=', '<>': '<>', '<': '>', '<=': '>=', '>': '<', '>=': '<=',
};

/** Limits that keep a filter from becoming a denial of service. */
export const CQL2_LIMITS = { maxDepth: 32, maxNodes: 2000, maxInValues: 1000, maxStringLength: 10000, maxFilterLength: 200000, maxGeometryPositions: 100000 };
