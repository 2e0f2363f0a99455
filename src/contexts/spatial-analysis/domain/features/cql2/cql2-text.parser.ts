import type { DomainError } from '../../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../../shared-kernel/result';
import { FeatureErrors } from '../features.errors';
import { COMPARISON_OPERATORS, CQL2_LIMITS, FLIPPED, type ComparisonOperator, type Cql2Expression, type Literal } from './cql2-ast';

type Token =
  | { readonly kind: 'word'; readonly text: string; readonly at: number }
  | { readonly kind: 'quoted'; readonly text: string; readonly at: number }
  | { readonly kind: 'string'; readonly text: string; readonly at: number }
  | { readonly kind: 'number'; readonly value: number; readonly at: number }
  | { readonly kind: 'symbol'; readonly text: string; readonly at: number }
  | { readonly kind: 'end'; readonly at: number };

class Cql2Failure {
  constructor(readonly error: DomainError) {}
}

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'LIKE', 'IN', 'BETWEEN', 'IS', 'NULL', 'TRUE', 'FALSE', 'DATE', 'TIMESTAMP']);

/**
 * CQL2-text, the simple subset: comparisons, AND/OR/NOT, LIKE, IN, BETWEEN, IS [NOT] NULL,
 * DATE('…')/TIMESTAMP('…') literals. Spatial and temporal functions are refused by name (send
 * those as CQL2-JSON). Yields the same AST as the JSON parser.
 */
export function parseCql2Text(text: string, pointer = '/query/filter'): Result<Cql2Expression, DomainError> {
  const fail = (message: string): never => {
    throw new Cql2Failure(FeatureErrors.invalidFilter(message, pointer));
  };
  let tokens: Token[] = [];
  let i = 0;
  let nodes = 0;
  const peek = (): Token => tokens[i];
  const next = (): Token => tokens[i++];
  const isWord = (t: Token, word: string): boolean => t.kind === 'word' && t.text.toUpperCase() === word;
  const isSymbol = (t: Token, symbol: string): boolean => t.kind === 'symbol' && t.text === symbol;
  const expectSymbol = (symbol: string): void => {
    const t = next();
    if (!isSymbol(t, symbol)) fail(`expected "${symbol}" at position ${t.at + 1}`);
  };
  const expectWord = (word: string): void => {
    const t = next();
    if (!isWord(t, word)) fail(`expected ${word} at position ${t.at + 1}`);
  };

  const literal = (): Literal => {
    const t = next();
    if (t.kind === 'string') return t.text;
    if (t.kind === 'number') return t.value;
    if (isWord(t, 'TRUE')) return true;
    if (isWord(t, 'FALSE')) return false;
    if (isWord(t, 'DATE') || isWord(t, 'TIMESTAMP')) {
      expectSymbol('(');
      const value = next();
      if (value.kind !== 'string') fail(`${(t as { text: string }).text.toUpperCase()} takes a quoted value`);
      expectSymbol(')');
      const raw = (value as { text: string }).text;
      if (Number.isNaN(Date.parse(raw))) fail(`"${raw.slice(0, 40)}" is not a valid date or timestamp`);
      return isWord(t, 'DATE') ? { date: raw } : { timestamp: raw };
    }
    return fail(`expected a value at position ${t.at + 1}`);
  };

  const propertyToken = (t: Token): string | null => {
    if (t.kind === 'quoted') return t.text;
    if (t.kind === 'word' && !KEYWORDS.has(t.text.toUpperCase())) return t.text;
    return null;
  };

  const predicate = (): Cql2Expression => {
    const first = peek();
    const property = propertyToken(first);
    if (property !== null && first.kind === 'word' && isSymbol(tokens[i + 1], '(')) {
      throw new Cql2Failure(FeatureErrors.unsupportedOperator(first.text.slice(0, 64), pointer));
    }
    if (property === null) {
      // literal op property
      const value = literal();
      const op = next();
      if (op.kind !== 'symbol' || !(COMPARISON_OPERATORS as readonly string[]).includes(op.text)) return fail(`expected a comparison at position ${op.at + 1}`);
      const right = propertyToken(next());
      if (right === null) fail('a comparison needs one property');
      return { op: FLIPPED[op.text as ComparisonOperator], property: right as string, value };
    }
    next();
    const t = next();
    if (t.kind === 'symbol' && (COMPARISON_OPERATORS as readonly string[]).includes(t.text)) {
      if (propertyToken(peek()) !== null) fail('comparing two properties is not supported');
      return { op: t.text as ComparisonOperator, property, value: literal() };
    }
    if (isWord(t, 'IS')) {
      const negated = isWord(peek(), 'NOT') ? (next(), true) : false;
      expectWord('NULL');
      const isNull: Cql2Expression = { op: 'isNull', property };
      return negated ? { op: 'not', arg: isNull } : isNull;
    }
    const negated = isWord(t, 'NOT');
    const verb = negated ? next() : t;
    let positive: Cql2Expression;
    if (isWord(verb, 'LIKE')) {
      const pattern = literal();
      if (typeof pattern !== 'string') fail('LIKE takes a quoted pattern');
      positive = { op: 'like', property, pattern: pattern as string };
    } else if (isWord(verb, 'IN')) {
      expectSymbol('(');
      const values: Literal[] = [literal()];
      while (isSymbol(peek(), ',')) {
        next();
        values.push(literal());
        if (values.length > CQL2_LIMITS.maxInValues) fail(`IN takes at most ${CQL2_LIMITS.maxInValues} values`);
      }
      expectSymbol(')');
      positive = { op: 'in', property, values };
    } else if (isWord(verb, 'BETWEEN')) {
      const low = literal();
      expectWord('AND');
      positive = { op: 'between', property, low, high: literal() };
    } else {
      const found = verb.kind === 'end' ? 'the end' : `position ${verb.at + 1}`;
      return fail(`expected a comparison, LIKE, IN, BETWEEN or IS NULL at ${found}`);
    }
    return negated ? { op: 'not', arg: positive } : positive;
  };

  const unary = (depth: number): Cql2Expression => {
    if (++nodes > CQL2_LIMITS.maxNodes) fail(`more than ${CQL2_LIMITS.maxNodes} expressions`);
    if (depth > CQL2_LIMITS.maxDepth) fail(`nested deeper than ${CQL2_LIMITS.maxDepth}`);
    if (isWord(peek(), 'NOT')) {
      next();
      return { op: 'not', arg: unary(depth + 1) };
    }
    if (isSymbol(peek(), '(')) {
      next();
      const inner = disjunction(depth + 1);
      expectSymbol(')');
      return inner;
    }
    return predicate();
  };
  const conjunction = (depth: number): Cql2Expression => {
    const args = [unary(depth)];
    while (isWord(peek(), 'AND')) {
      next();
      args.push(unary(depth));
    }
    return args.length === 1 ? args[0] : { op: 'and', args };
  };
  const disjunction = (depth: number): Cql2Expression => {
    const args = [conjunction(depth)];
    while (isWord(peek(), 'OR')) {
      next();
      args.push(conjunction(depth));
    }
    return args.length === 1 ? args[0] : { op: 'or', args };
  };

  try {
    if (text.length > CQL2_LIMITS.maxFilterLength) fail(`longer than ${CQL2_LIMITS.maxFilterLength} characters`);
    tokens = tokenize(text, fail);
    const expression = disjunction(0);
    const rest = peek();
    if (rest.kind !== 'end') fail(`unexpected text at position ${rest.at + 1}`);
    return ok(expression);
  } catch (failure) {
    if (failure instanceof Cql2Failure) return err(failure.error);
    throw failure;
  }
}

function tokenize(text: string, fail: (message: string) => never): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) { i++; continue; }
    const at = i;
    if (c === "'" || c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) fail(`unterminated ${c === "'" ? 'text' : 'name'} starting at position ${at + 1}`);
        if (text[i] === c) {
          if (text[i + 1] === c) { value += c; i += 2; continue; }
          i++;
          break;
        }
        value += text[i++];
      }
      if (value.length > CQL2_LIMITS.maxStringLength) fail(`a text value is longer than ${CQL2_LIMITS.maxStringLength} characters`);
      tokens.push({ kind: c === "'" ? 'string' : 'quoted', text: value, at });
      continue;
    }
    const number = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (number && (c !== '-' || tokens.length === 0 || tokens[tokens.length - 1].kind === 'symbol' || tokens[tokens.length - 1].kind === 'word')) {
      tokens.push({ kind: 'number', value: Number(number[0]), at });
      i += number[0].length;
      continue;
    }
    const symbol = /^(<>|<=|>=|=|<|>|\(|\)|,)/.exec(text.slice(i, i + 2));
    if (symbol) {
      tokens.push({ kind: 'symbol', text: symbol[0], at });
      i += symbol[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.:]*/.exec(text.slice(i, i + 256));
    if (word) {
      tokens.push({ kind: 'word', text: word[0], at });
      i += word[0].length;
      continue;
    }
    fail(`unexpected character ${JSON.stringify(c)} at position ${at + 1}`);
  }
  tokens.push({ kind: 'end', at: text.length });
  return tokens;
}
