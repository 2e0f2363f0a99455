import type { DomainError } from '../../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../../shared-kernel/result';
import { FeatureErrors } from '../features.errors';
import { isNumericType, isTemporalType, type LayerQueryables, type Queryable } from '../queryables';
import type { Geometry } from 'geojson';
import type { ComparisonOperator, Cql2Expression, Literal, SpatialOperator } from './cql2-ast';

/** A literal after binding: a plain value of the column's type (dates and timestamps as ISO text). */
export type BoundValue = string | number | boolean;
/** A filter whose properties are the layer's queryables and whose values fit their columns. */
export type BoundFilter =
  | { readonly op: 'and' | 'or'; readonly args: readonly BoundFilter[] }
  | { readonly op: 'not'; readonly arg: BoundFilter }
  | { readonly op: ComparisonOperator; readonly property: Queryable; readonly value: BoundValue }
  | { readonly op: 'like'; readonly property: Queryable; readonly pattern: string }
  | { readonly op: 'in'; readonly property: Queryable; readonly values: readonly BoundValue[] }
  | { readonly op: 'between'; readonly property: Queryable; readonly low: BoundValue; readonly high: BoundValue }
  | { readonly op: 'isNull'; readonly property: Queryable }
  | { readonly op: SpatialOperator; readonly property: Queryable; readonly geometry: Geometry };

/** A real calendar day as YYYY-MM-DD (2024-02-30 is refused, not rolled over), else null. */
const calendarDate = (text: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text ? text : null;
};

/** A timestamp normalized to ISO text, so PostgreSQL never sees a form it cannot cast. */
const timestamp = (text: string): string | null => {
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
};

class BindFailure {
  constructor(readonly error: DomainError) {}
}

/**
 * Resolves every property against the layer's known columns and checks each value against the
 * column type. Only what survives this reaches a compiler, so compilers never see user-chosen names.
 */
export function bindFilter(expression: Cql2Expression, queryables: LayerQueryables, pointer = '/query/filter'): Result<BoundFilter, DomainError> {
  const fail = (error: DomainError): never => {
    throw new BindFailure(error);
  };
  const column = (name: string): Queryable => queryables.find(name) ?? fail(FeatureErrors.unknownColumn(name.slice(0, 128), pointer));
  const attribute = (name: string, op: string): Queryable => {
    const q = column(name);
    if (q.type === 'geometry' || q.type === 'json') fail(FeatureErrors.invalidFilter(`"${op}" cannot compare the ${q.type} column "${q.name}"`, pointer));
    return q;
  };
  const value = (q: Queryable, v: Literal, op: string): BoundValue => {
    const mismatch = (): never => fail(FeatureErrors.invalidFilter(`"${op}" on "${q.name}" (${q.type}) needs a ${q.type} value`, pointer));
    if (isNumericType(q.type)) return typeof v === 'number' ? v : mismatch();
    if (q.type === 'boolean') return typeof v === 'boolean' ? v : mismatch();
    if (isTemporalType(q.type)) {
      const text = typeof v === 'object' ? ('date' in v ? v.date : v.timestamp) : typeof v === 'string' ? v : mismatch();
      return (q.type === 'date' ? calendarDate(text) : timestamp(text)) ?? mismatch();
    }
    return typeof v === 'string' ? v : mismatch();
  };

  const bind = (e: Cql2Expression): BoundFilter => {
    switch (e.op) {
      case 'and':
      case 'or':
        return { op: e.op, args: e.args.map(bind) };
      case 'not':
        return { op: 'not', arg: bind(e.arg) };
      case 'like': {
        const q = attribute(e.property, 'like');
        if (q.type !== 'text') fail(FeatureErrors.invalidFilter(`"like" needs a text column, and "${q.name}" is ${q.type}`, pointer));
        // PostgreSQL refuses a pattern that ends in a lone escape character.
        if (/(^|[^\\])(\\\\)*\\$/.test(e.pattern)) fail(FeatureErrors.invalidFilter('a "like" pattern cannot end with an unescaped backslash', pointer));
        return { op: 'like', property: q, pattern: e.pattern };
      }
      case 'in': {
        const q = attribute(e.property, 'in');
        return { op: 'in', property: q, values: e.values.map((v) => value(q, v, 'in')) };
      }
      case 'between': {
        const q = attribute(e.property, 'between');
        return { op: 'between', property: q, low: value(q, e.low, 'between'), high: value(q, e.high, 'between') };
      }
      case 'isNull':
        return { op: 'isNull', property: column(e.property) };
      case 's_intersects':
      case 's_within': {
        const q = column(e.property);
        if (q.type !== 'geometry') fail(FeatureErrors.invalidFilter(`"${e.op}" needs the geometry, and "${q.name}" is ${q.type}`, pointer));
        return { op: e.op, property: q, geometry: e.geometry };
      }
      default: {
        const q = attribute(e.property, e.op);
        return { op: e.op, property: q, value: value(q, e.value, e.op) };
      }
    }
  };

  try {
    return ok(bind(expression));
  } catch (failure) {
    if (failure instanceof BindFailure) return err(failure.error);
    throw failure;
  }
}
