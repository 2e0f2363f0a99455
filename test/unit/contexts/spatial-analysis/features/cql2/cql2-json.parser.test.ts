import { parseCql2Json } from '../../../../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-json.parser';

const parsed = (filter: unknown) => {
  const result = parseCql2Json(filter);
  if (!result.ok) throw result.error;
  return result.value;
};
const failure = (filter: unknown) => {
  const result = parseCql2Json(filter);
  if (result.ok) throw new Error(`expected a failure for ${JSON.stringify(filter)}`);
  return result.error;
};
const prop = (property: string) => ({ property });

describe('CQL2-JSON parser', () => {
  it.each(['=', '<>', '<', '<=', '>', '>='])('parses the comparison %s', (op) => {
    expect(parsed({ op, args: [prop('population'), 5] })).toEqual({ op, property: 'population', value: 5 });
  });

  it('mirrors a comparison written value-first', () => {
    expect(parsed({ op: '<', args: [5, prop('population')] })).toEqual({ op: '>', property: 'population', value: 5 });
  });

  it('parses like, in, between (both spellings) and isNull', () => {
    expect(parsed({ op: 'like', args: [prop('Name'), 'Haupt%'] })).toEqual({ op: 'like', property: 'Name', pattern: 'Haupt%' });
    expect(parsed({ op: 'in', args: [prop('Name'), ['a', 'b']] })).toEqual({ op: 'in', property: 'Name', values: ['a', 'b'] });
    expect(parsed({ op: 'between', args: [prop('rating'), 1, 2] })).toEqual({ op: 'between', property: 'rating', low: 1, high: 2 });
    expect(parsed({ op: 'between', args: [prop('rating'), [1, 2]] })).toEqual({ op: 'between', property: 'rating', low: 1, high: 2 });
    expect(parsed({ op: 'isNull', args: [prop('Name')] })).toEqual({ op: 'isNull', property: 'Name' });
  });

  it('parses and, or and not, nested', () => {
    expect(parsed({ op: 'and', args: [{ op: 'not', args: [{ op: 'isNull', args: [prop('a')] }] }, { op: 'or', args: [{ op: '=', args: [prop('b'), true] }, { op: '=', args: [prop('c'), 'x'] }] }] })).toEqual({
      op: 'and',
      args: [{ op: 'not', arg: { op: 'isNull', property: 'a' } }, { op: 'or', args: [{ op: '=', property: 'b', value: true }, { op: '=', property: 'c', value: 'x' }] }],
    });
  });

  it('parses date and timestamp literals', () => {
    expect(parsed({ op: '>', args: [prop('opened'), { date: '2020-01-31' }] })).toMatchObject({ value: { date: '2020-01-31' } });
    expect(parsed({ op: '>', args: [prop('opened'), { timestamp: '2020-01-31T10:00:00Z' }] })).toMatchObject({ value: { timestamp: '2020-01-31T10:00:00Z' } });
    expect(failure({ op: '>', args: [prop('opened'), { date: '31.01.2020' }] }).code).toBe('features.invalid-filter');
  });

  it('parses s_intersects and s_within with GeoJSON and bbox literals', () => {
    const polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    expect(parsed({ op: 's_intersects', args: [prop('geom'), polygon] })).toEqual({ op: 's_intersects', property: 'geom', geometry: polygon });
    expect(parsed({ op: 'S_WITHIN', args: [prop('geom'), { bbox: [0, 0, 1, 1] }] })).toEqual({ op: 's_within', property: 'geom', geometry: polygon });
    expect(parsed({ op: 's_intersects', args: [polygon, prop('geom')] })).toMatchObject({ property: 'geom' });
  });

  it('refuses broken geometries by name', () => {
    const open = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] };
    expect(failure({ op: 's_intersects', args: [prop('geom'), open] }).message).toMatch(/Polygon/);
    expect(failure({ op: 's_intersects', args: [prop('geom'), { type: 'Point', coordinates: [200, 0] }] }).code).toBe('features.invalid-filter');
    expect(failure({ op: 's_intersects', args: [prop('geom'), { type: 'Circle', coordinates: [0, 0] }] }).message).toMatch(/Circle/);
  });

  it('names operators it does not serve', () => {
    for (const op of ['s_contains', 't_before', 'casei', 'a_contains', 'DROP TABLE']) {
      const error = failure({ op, args: [prop('a'), 1] });
      expect(error.code).toBe('features.unsupported-operator');
      expect(error.details).toMatchObject({ operator: op });
      expect(error.kind).toBe('validation');
    }
  });

  it('refuses malformed filters with features.invalid-filter', () => {
    for (const filter of [null, 'text', 42, [], { args: [] }, { op: '=' }, { op: '=', args: [prop('a')] }, { op: '=', args: [prop('a'), prop('b')] }, { op: '=', args: [1, 2] },
      { op: '=', args: [prop('a'), null] }, { op: '=', args: [prop('a'), { nested: 1 }] }, { op: 'in', args: [prop('a'), []] }, { op: 'like', args: [prop('a'), 5] },
      { op: 'and', args: [] }, { op: 'not', args: [] }, { op: '=', args: [{ property: 'a', extra: 1 }, 1] }]) {
      const result = parseCql2Json(filter);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('features.invalid-filter');
    }
  });

  it('refuses filters nested too deep or with too many values', () => {
    let deep: unknown = { op: 'isNull', args: [prop('a')] };
    for (let i = 0; i < 100; i++) deep = { op: 'not', args: [deep] };
    expect(failure(deep).message).toMatch(/deeper/);
    expect(failure({ op: 'in', args: [prop('a'), Array.from({ length: 1001 }, (_, i) => i)] }).message).toMatch(/at most/);
  });
});
