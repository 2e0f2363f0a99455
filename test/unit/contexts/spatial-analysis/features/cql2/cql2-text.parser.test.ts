import { parseCql2Json } from '../../../../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-json.parser';
import { parseCql2Text } from '../../../../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-text.parser';

const text = (filter: string) => {
  const result = parseCql2Text(filter);
  if (!result.ok) throw result.error;
  return result.value;
};
const json = (filter: unknown) => {
  const result = parseCql2Json(filter);
  if (!result.ok) throw result.error;
  return result.value;
};
const prop = (property: string) => ({ property });

describe('CQL2-text parser (simple subset)', () => {
  it.each([
    ["population >= 5", { op: '>=', args: [prop('population'), 5] }],
    ["5 < population", { op: '<', args: [5, prop('population')] }],
    ["name <> 'O''Brien'", { op: '<>', args: [prop('name'), "O'Brien"] }],
    ['"Street name" = \'Main\'', { op: '=', args: [prop('Street name'), 'Main'] }],
    ["rating = -1.5e2", { op: '=', args: [prop('rating'), -150] }],
    ["sheltered = TRUE", { op: '=', args: [prop('sheltered'), true] }],
    ["name LIKE 'Haupt%'", { op: 'like', args: [prop('name'), 'Haupt%'] }],
    ["name NOT LIKE 'x_'", { op: 'not', args: [{ op: 'like', args: [prop('name'), 'x_'] }] }],
    ["name IN ('a', 'b')", { op: 'in', args: [prop('name'), ['a', 'b']] }],
    ["population NOT IN (1,2)", { op: 'not', args: [{ op: 'in', args: [prop('population'), [1, 2]] }] }],
    ["rating BETWEEN 1 AND 2", { op: 'between', args: [prop('rating'), 1, 2] }],
    ["name IS NULL", { op: 'isNull', args: [prop('name')] }],
    ["name IS NOT NULL", { op: 'not', args: [{ op: 'isNull', args: [prop('name')] }] }],
    ["opened > DATE('2020-01-01')", { op: '>', args: [prop('opened'), { date: '2020-01-01' }] }],
    ["a = 1 AND b = 2 OR NOT c = 3", { op: 'or', args: [{ op: 'and', args: [{ op: '=', args: [prop('a'), 1] }, { op: '=', args: [prop('b'), 2] }] }, { op: 'not', args: [{ op: '=', args: [prop('c'), 3] }] }] }],
    ["a = 1 and (b = 2 or c = 3)", { op: 'and', args: [{ op: '=', args: [prop('a'), 1] }, { op: 'or', args: [{ op: '=', args: [prop('b'), 2] }, { op: '=', args: [prop('c'), 3] }] }] }],
  ])('%s means the same as its CQL2-JSON', (cql, equivalent) => {
    expect(text(cql)).toEqual(json(equivalent));
  });

  it('refuses spatial and other functions by name', () => {
    const result = parseCql2Text("S_INTERSECTS(geom, POINT(1 2))");
    expect(!result.ok && result.error.code).toBe('features.unsupported-operator');
  });

  it.each(["name = 'unterminated", 'name =', 'name = 1 2', '(a = 1', "a ~ 'x'", 'a = b', 'AND a = 1', "a BETWEEN 1 OR 2", ''])('refuses %j with a position', (cql) => {
    const result = parseCql2Text(cql);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('features.invalid-filter');
  });
});
