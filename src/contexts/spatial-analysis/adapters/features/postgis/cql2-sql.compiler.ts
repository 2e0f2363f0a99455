import type { BoundFilter, BoundValue } from '../../../domain/features/cql2/cql2-binding';
import type { Queryable } from '../../../domain/features/queryables';
import { quoteIdentifier, type SqlParameters } from './sql-text';

/** The PostgreSQL type a bound value is cast to, by the column's type. */
export function castFor(q: Queryable): string {
  switch (q.type) {
    case 'integer': case 'bigint': case 'number': return 'double precision';
    case 'boolean': return 'boolean';
    case 'date': return 'date';
    case 'timestamp': return 'timestamptz';
    case 'time': return 'time';
    default: return 'text';
  }
}

export const columnOf = (q: Queryable, alias: string): string => `${alias}.${quoteIdentifier(q.column)}`;

/**
 * A bound CQL2 filter as a SQL boolean expression over `alias`. Values become `$n` parameters with
 * explicit casts; column names come only from the layer's queryables. Text ordering uses the "C"
 * collation so PostgreSQL and the in-memory adapter order text alike (by code point).
 */
export function compileFilterToSql(filter: BoundFilter, params: SqlParameters, alias = 't'): string {
  switch (filter.op) {
    case 'and':
    case 'or':
      return `(${filter.args.map((a) => compileFilterToSql(a, params, alias)).join(filter.op === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      return `(NOT ${compileFilterToSql(filter.arg, params, alias)})`;
    case 'like':
      return `(${columnOf(filter.property, alias)} LIKE ${params.bind(filter.pattern, 'text')} COLLATE "C")`;
    case 'in':
      return `(${columnOf(filter.property, alias)} = ANY(${params.bind(filter.values, `${castFor(filter.property)}[]`)}))`;
    case 'between':
      return `(${ordered(filter.property, alias)} BETWEEN ${value(filter.property, filter.low, params)} AND ${value(filter.property, filter.high, params)})`;
    case 'isNull':
      return `(${columnOf(filter.property, alias)} IS NULL)`;
    case 's_intersects':
    case 's_within': {
      const literal = `ST_SetSRID(ST_GeomFromGeoJSON(${params.bind(JSON.stringify(filter.geometry), 'text')}), 4326)`;
      return `${filter.op === 's_intersects' ? 'ST_Intersects' : 'ST_Within'}(${columnOf(filter.property, alias)}, ${literal})`;
    }
    default: {
      const left = filter.op === '=' || filter.op === '<>' ? columnOf(filter.property, alias) : ordered(filter.property, alias);
      return `(${left} ${filter.op} ${value(filter.property, filter.value, params)})`;
    }
  }
}

const value = (q: Queryable, v: BoundValue, params: SqlParameters): string => params.bind(v, castFor(q));

/** Text compared in code-point order; everything else as it is. */
const ordered = (q: Queryable, alias: string): string => (q.type === 'text' ? `${columnOf(q, alias)} COLLATE "C"` : columnOf(q, alias));
