import type { Geometry } from 'geojson';
import type { BoundFilter, BoundValue } from '../../../domain/features/cql2/cql2-binding';
import { isNumericType, isTemporalType, type Queryable } from '../../../domain/features/queryables';
import { intersects, within } from './geometry-predicates';

/** What the predicate reads of a feature: its geometry and its properties by the planner's names. */
export interface FilterableFeature {
  readonly geometry: Geometry | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** SQL's three truth values: null is "unknown" (a comparison with a missing value). */
type Truth = boolean | null;

/**
 * A bound CQL2 filter as a predicate, with SQL's semantics (three-valued logic, LIKE with % _ and
 * backslash escapes, code-point text order), so memory answers as PostGIS does.
 */
export function compileFilterToPredicate(filter: BoundFilter): (feature: FilterableFeature) => boolean {
  const evaluate = compile(filter);
  return (feature) => evaluate(feature) === true;
}

function compile(filter: BoundFilter): (f: FilterableFeature) => Truth {
  switch (filter.op) {
    case 'and': {
      const args = filter.args.map(compile);
      return (f) => {
        let unknown = false;
        for (const a of args) {
          const t = a(f);
          if (t === false) return false;
          if (t === null) unknown = true;
        }
        return unknown ? null : true;
      };
    }
    case 'or': {
      const args = filter.args.map(compile);
      return (f) => {
        let unknown = false;
        for (const a of args) {
          const t = a(f);
          if (t === true) return true;
          if (t === null) unknown = true;
        }
        return unknown ? null : false;
      };
    }
    case 'not': {
      const arg = compile(filter.arg);
      return (f) => {
        const t = arg(f);
        return t === null ? null : !t;
      };
    }
    case 'isNull': {
      const q = filter.property;
      return (f) => (q.type === 'geometry' ? f.geometry === null : valueOf(f, q) === null);
    }
    case 'like': {
      const regex = likeRegex(filter.pattern);
      const q = filter.property;
      return (f) => {
        const v = valueOf(f, q);
        return v === null ? null : regex.test(String(v));
      };
    }
    case 'in': {
      const q = filter.property;
      const wanted = filter.values.map((v) => comparable(q, v));
      return (f) => {
        const v = valueOf(f, q);
        return v === null ? null : wanted.some((w) => compare(v, w) === 0);
      };
    }
    case 'between': {
      const q = filter.property;
      const low = comparable(q, filter.low);
      const high = comparable(q, filter.high);
      return (f) => {
        const v = valueOf(f, q);
        return v === null ? null : compare(v, low) >= 0 && compare(v, high) <= 0;
      };
    }
    case 's_intersects':
    case 's_within': {
      const test = filter.op === 's_intersects' ? intersects : within;
      const literal = filter.geometry;
      return (f) => (f.geometry === null ? null : test(f.geometry, literal));
    }
    default: {
      const q = filter.property;
      const wanted = comparable(q, filter.value);
      const op = filter.op;
      return (f) => {
        const v = valueOf(f, q);
        if (v === null) return null;
        const c = compare(v, wanted);
        switch (op) {
          case '=': return c === 0;
          case '<>': return c !== 0;
          case '<': return c < 0;
          case '<=': return c <= 0;
          case '>': return c > 0;
          default: return c >= 0;
        }
      };
    }
  }
}

export type Comparable = number | string;

/** A stored value in the form comparisons use (numbers, epoch milliseconds, text); null if absent. */
export function valueOf(f: FilterableFeature, q: Queryable): Comparable | null {
  const raw = f.properties[q.name];
  if (raw === null || raw === undefined) return null;
  return comparable(q, raw as BoundValue | Date);
}

function comparable(q: Queryable, v: BoundValue | Date): Comparable {
  if (isNumericType(q.type)) return Number(v);
  if (q.type === 'boolean') return v === true || v === 'true' ? 1 : 0;
  if (isTemporalType(q.type)) return v instanceof Date ? v.getTime() : Date.parse(q.type === 'date' ? String(v).slice(0, 10) : String(v));
  return String(v);
}

/** Code-point order for text, as PostgreSQL's "C" collation. */
export function compare(a: Comparable, b: Comparable): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  if (x === y) return 0;
  const [cx, cy] = [Array.from(x), Array.from(y)];
  for (let i = 0; i < Math.min(cx.length, cy.length); i++) {
    if (cx[i] !== cy[i]) return (cx[i].codePointAt(0) as number) - (cy[i].codePointAt(0) as number);
  }
  return cx.length - cy.length;
}

/** SQL LIKE: % any run, _ one character, backslash escapes the next character. */
export function likeRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) source += escapeRegex(pattern[++i]);
    else if (c === '%') source += '.*';
    else if (c === '_') source += '.';
    else source += escapeRegex(c);
  }
  return new RegExp(`^${source}$`, 'su');
}

const escapeRegex = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
