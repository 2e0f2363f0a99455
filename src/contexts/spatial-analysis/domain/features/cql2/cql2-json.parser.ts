import type { Geometry } from 'geojson';
import type { DomainError } from '../../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../../shared-kernel/result';
import { FeatureErrors } from '../features.errors';
import { checkedGeometry } from '../geojson-geometry';
import { COMPARISON_OPERATORS, CQL2_LIMITS, FLIPPED, SPATIAL_OPERATORS, type ComparisonOperator, type Cql2Expression, type Literal, type SpatialOperator } from './cql2-ast';

/** Thrown inside the recursive descent only; `parseCql2Json` turns it into a returned error. */
class Cql2Failure {
  constructor(readonly error: DomainError) {}
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isProperty = (v: unknown): v is { property: string } => isObject(v) && typeof v.property === 'string' && Object.keys(v).length === 1;

/**
 * CQL2-JSON (OGC 21-065) to our AST: comparison, like, in, between, isNull, and/or/not,
 * s_intersects/s_within with GeoJSON (or `{bbox}`) literals. Anything else is refused by name.
 */
export function parseCql2Json(input: unknown, pointer = '/query/filter'): Result<Cql2Expression, DomainError> {
  let nodes = 0;
  const fail = (message: string): never => {
    throw new Cql2Failure(FeatureErrors.invalidFilter(message, pointer));
  };

  const literal = (v: unknown, where: string): Literal => {
    if (typeof v === 'string') {
      if (v.length > CQL2_LIMITS.maxStringLength) fail(`${where}: a text value is longer than ${CQL2_LIMITS.maxStringLength} characters`);
      return v;
    }
    if (typeof v === 'number') return Number.isFinite(v) ? v : fail(`${where}: numbers must be finite`);
    if (typeof v === 'boolean') return v;
    if (isObject(v) && typeof v.date === 'string' && Object.keys(v).length === 1) {
      return ISO_DATE.test(v.date) && !Number.isNaN(Date.parse(v.date)) ? { date: v.date } : fail(`${where}: a date is YYYY-MM-DD`);
    }
    if (isObject(v) && typeof v.timestamp === 'string' && Object.keys(v).length === 1) {
      return ISO_TIMESTAMP.test(v.timestamp) && !Number.isNaN(Date.parse(v.timestamp)) ? { timestamp: v.timestamp } : fail(`${where}: a timestamp is RFC 3339 with a time zone`);
    }
    return fail(`${where}: expected a text, number, boolean, {"date"} or {"timestamp"} value`);
  };

  const geometry = (v: unknown, where: string): Geometry => {
    if (isObject(v) && 'bbox' in v && Object.keys(v).length === 1) {
      const b = v.bbox;
      if (!Array.isArray(b) || b.length !== 4 || !b.every((n) => typeof n === 'number' && Number.isFinite(n))) fail(`${where}: a bbox is [minLon, minLat, maxLon, maxLat]`);
      const [x1, y1, x2, y2] = b as number[];
      return { type: 'Polygon', coordinates: [[[x1, y1], [x2, y1], [x2, y2], [x1, y2], [x1, y1]]] };
    }
    const checked = checkedGeometry(v, CQL2_LIMITS.maxGeometryPositions);
    return checked.ok ? checked.value : fail(`${where}: ${checked.error}`);
  };

  const argsOf = (node: Record<string, unknown>, op: string, count?: number): unknown[] => {
    const args = node.args;
    if (!Array.isArray(args)) return fail(`"${op}" needs an "args" array`);
    if (count !== undefined && args.length !== count) fail(`"${op}" takes ${count} argument${count === 1 ? '' : 's'}, not ${args.length}`);
    return args;
  };

  /** One property and one literal, in either order. */
  const propertyAnd = (args: unknown[], op: string): { property: string; other: unknown; flipped: boolean } => {
    if (isProperty(args[0]) && !isProperty(args[1])) return { property: args[0].property, other: args[1], flipped: false };
    if (isProperty(args[1]) && !isProperty(args[0])) return { property: args[1].property, other: args[0], flipped: true };
    return fail(`"${op}" compares one property with one value`);
  };

  const onlyProperty = (v: unknown, op: string): string => (isProperty(v) ? v.property : fail(`the first argument of "${op}" must be {"property": ...}`));

  const expression = (node: unknown, depth: number): Cql2Expression => {
    if (++nodes > CQL2_LIMITS.maxNodes) fail(`more than ${CQL2_LIMITS.maxNodes} expressions`);
    if (depth > CQL2_LIMITS.maxDepth) fail(`nested deeper than ${CQL2_LIMITS.maxDepth}`);
    if (!isObject(node) || typeof node.op !== 'string') return fail('every expression is an object with "op" and "args"');
    const raw = node.op;
    const op = raw.toLowerCase() === 'isnull' ? 'isNull' : raw.toLowerCase();
    if (op === 'and' || op === 'or') {
      const args = argsOf(node, op);
      if (args.length < 1) fail(`"${op}" needs at least one argument`);
      return { op, args: args.map((a) => expression(a, depth + 1)) };
    }
    if (op === 'not') return { op, arg: expression(argsOf(node, op, 1)[0], depth + 1) };
    if ((COMPARISON_OPERATORS as readonly string[]).includes(op)) {
      const { property, other, flipped } = propertyAnd(argsOf(node, op, 2), op);
      const cmp = op as ComparisonOperator;
      return { op: flipped ? FLIPPED[cmp] : cmp, property, value: literal(other, op) };
    }
    if (op === 'like') {
      const args = argsOf(node, op, 2);
      const pattern = literal(args[1], op);
      if (typeof pattern !== 'string') fail('"like" takes a text pattern');
      return { op, property: onlyProperty(args[0], op), pattern: pattern as string };
    }
    if (op === 'in') {
      const args = argsOf(node, op, 2);
      const list = args[1];
      if (!Array.isArray(list) || list.length === 0) fail('"in" takes a non-empty list of values');
      if ((list as unknown[]).length > CQL2_LIMITS.maxInValues) fail(`"in" takes at most ${CQL2_LIMITS.maxInValues} values`);
      return { op, property: onlyProperty(args[0], op), values: (list as unknown[]).map((v) => literal(v, op)) };
    }
    if (op === 'between') {
      const args = argsOf(node, op);
      // CQL2 1.0 writes [property, low, high]; drafts wrote [property, [low, high]].
      const bounds = args.length === 2 && Array.isArray(args[1]) ? (args[1] as unknown[]) : args.slice(1);
      if (bounds.length !== 2) fail('"between" takes a property, a low and a high value');
      return { op, property: onlyProperty(args[0], op), low: literal(bounds[0], op), high: literal(bounds[1], op) };
    }
    if (op === 'isNull') return { op, property: onlyProperty(argsOf(node, raw, 1)[0], raw) };
    if ((SPATIAL_OPERATORS as readonly string[]).includes(op)) {
      const args = argsOf(node, op, 2);
      const spatial = op as SpatialOperator;
      if (isProperty(args[0])) return { op: spatial, property: args[0].property, geometry: geometry(args[1], op) };
      // Intersection is symmetric; "literal within property" is a different question we do not serve.
      if (isProperty(args[1]) && spatial === 's_intersects') return { op: spatial, property: args[1].property, geometry: geometry(args[0], op) };
      return fail(`"${op}" takes a geometry property first and a geometry value second`);
    }
    throw new Cql2Failure(FeatureErrors.unsupportedOperator(raw.slice(0, 64), pointer));
  };

  try {
    return ok(expression(input, 0));
  } catch (failure) {
    if (failure instanceof Cql2Failure) return err(failure.error);
    throw failure;
  }
}
