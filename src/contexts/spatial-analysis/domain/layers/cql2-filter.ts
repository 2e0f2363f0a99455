import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { ExportErrors } from '../import-export/import.errors';

/** A filter over one feature's properties (keyed by the planner's attribute names). */
export type FeaturePredicate = (properties: Readonly<Record<string, unknown>>) => boolean;

type Expression = { op: string; args: unknown[] };
type Operand = (properties: Readonly<Record<string, unknown>>) => unknown;

const isExpression = (value: unknown): value is Expression =>
  typeof value === 'object' && value !== null && typeof (value as Expression).op === 'string' && Array.isArray((value as Expression).args);

function operand(value: unknown, attributes: ReadonlySet<string>): Result<Operand, DomainError> {
  if (typeof value === 'object' && value !== null && 'property' in value) {
    const name = String((value as { property: unknown }).property);
    if (!attributes.has(name)) return err(ExportErrors.queryNotSupported(`the layer has no attribute "${name}"`));
    return ok((properties) => properties[name] ?? null);
  }
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return ok(() => value);
  return err(ExportErrors.queryNotSupported('only attribute comparisons are supported (no spatial or temporal operators)'));
}

const compare = (a: unknown, b: unknown): number | null => {
  if (a === null || b === null) return null;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** How many operands each operator takes: a malformed filter is refused, never a crash. */
const ARITY: Readonly<Record<string, number>> = { '=': 2, '<>': 2, '<': 2, '<=': 2, '>': 2, '>=': 2, like: 2, in: 2, between: 3, isnull: 1 };

const likePattern = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.')}$`, 's');

/**
 * The CQL2-JSON subset GOAT's client writes for layer filters: and, or, not, =, <>, <, <=, >, >=,
 * like, in, between, isNull. Anything else is refused by name, never silently ignored.
 */
export function compileFilter(filter: unknown, attributes: readonly string[]): Result<FeaturePredicate, DomainError> {
  const known = new Set(attributes);
  const build = (node: unknown): Result<FeaturePredicate, DomainError> => {
    if (!isExpression(node)) return err(ExportErrors.queryNotSupported('a filter is an object with "op" and "args"'));
    const op = node.op.toLowerCase();
    if (op === 'and' || op === 'or' || op === 'not') {
      const parts: FeaturePredicate[] = [];
      for (const arg of node.args) {
        const part = build(arg);
        if (!part.ok) return part;
        parts.push(part.value);
      }
      if (op === 'not') return parts.length === 1 ? ok((p) => !parts[0](p)) : err(ExportErrors.queryNotSupported('"not" takes one argument'));
      return ok(op === 'and' ? (p) => parts.every((part) => part(p)) : (p) => parts.some((part) => part(p)));
    }
    const arity = ARITY[op];
    if (arity === undefined) return err(ExportErrors.queryNotSupported(`the operator "${node.op}" is not supported`));
    if (node.args.length !== arity) return err(ExportErrors.queryNotSupported(`"${node.op}" takes ${arity} argument${arity === 1 ? '' : 's'}`));
    const operands: Operand[] = [];
    const flatArgs = op === 'in' ? [node.args[0]] : op === 'between' ? node.args.slice(0, 3) : node.args;
    for (const arg of flatArgs) {
      const built = operand(arg, known);
      if (!built.ok) return built;
      operands.push(built.value);
    }
    const [left, right, upper] = operands;
    switch (op) {
      case '=': return ok((p) => compare(left(p), right(p)) === 0);
      case '<>': return ok((p) => { const c = compare(left(p), right(p)); return c !== null && c !== 0; });
      case '<': return ok((p) => (compare(left(p), right(p)) ?? 0) < 0 && compare(left(p), right(p)) !== null);
      case '<=': return ok((p) => { const c = compare(left(p), right(p)); return c !== null && c <= 0; });
      case '>': return ok((p) => { const c = compare(left(p), right(p)); return c !== null && c > 0; });
      case '>=': return ok((p) => { const c = compare(left(p), right(p)); return c !== null && c >= 0; });
      case 'isnull': return ok((p) => left(p) === null);
      case 'like': {
        // A literal pattern (the usual case) is compiled once, not once per feature.
        const literal = typeof node.args[1] === 'string' ? likePattern(node.args[1]) : null;
        return ok((p) => {
          const v = left(p);
          const pattern = literal ?? (typeof right(p) === 'string' ? likePattern(right(p) as string) : null);
          return v !== null && pattern !== null && pattern.test(String(v));
        });
      }
      case 'between': return ok((p) => { const lo = compare(left(p), right(p)); const hi = compare(left(p), upper(p)); return lo !== null && hi !== null && lo >= 0 && hi <= 0; });
      case 'in': {
        const list = node.args[1];
        if (!Array.isArray(list)) return err(ExportErrors.queryNotSupported('"in" takes an attribute and a list'));
        return ok((p) => list.some((item) => compare(left(p), item) === 0));
      }
      default: return err(ExportErrors.queryNotSupported(`the operator "${node.op}" is not supported`));
    }
  };
  return build(filter);
}
