import { SqlParameters, quoteIdentifier } from '../../../../../../src/contexts/spatial-analysis/adapters/features/postgis/sql-text';
import { compileFilterToSql } from '../../../../../../src/contexts/spatial-analysis/adapters/features/postgis/cql2-sql.compiler';
import { compileFilterToPredicate, likeRegex } from '../../../../../../src/contexts/spatial-analysis/adapters/features/in-memory/cql2-predicate';
import { bindFilter, type BoundFilter } from '../../../../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-binding';
import { parseCql2Json } from '../../../../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-json.parser';
import { parseCql2Text } from '../../../../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-text.parser';
import { stopQueryables } from './cql2-fixtures';

const prop = (property: string) => ({ property });
const bind = (filter: unknown): BoundFilter => {
  const parsed = typeof filter === 'string' ? parseCql2Text(filter) : parseCql2Json(filter);
  if (!parsed.ok) throw parsed.error;
  const bound = bindFilter(parsed.value, stopQueryables);
  if (!bound.ok) throw bound.error;
  return bound.value;
};
const sql = (filter: unknown) => {
  const params = new SqlParameters();
  return { text: compileFilterToSql(bind(filter), params), params: params.values };
};
const stop = (properties: Record<string, unknown>, coordinates: [number, number] | null = [0.5, 0.5]) => ({
  geometry: coordinates ? { type: 'Point' as const, coordinates } : null,
  properties,
});
const matches = (filter: unknown, feature: ReturnType<typeof stop>) => compileFilterToPredicate(bind(filter))(feature);

describe('CQL2 to parameterized SQL', () => {
  it.each([
    [{ op: '=', args: [prop('population'), 5] }, '(t."population" = $1::double precision)', [5]],
    [{ op: '<>', args: [prop('Name'), 'x'] }, '(t."name" <> $1::text)', ['x']],
    [{ op: '<', args: [prop('Name'), 'x'] }, '(t."name" COLLATE "C" < $1::text)', ['x']],
    [{ op: '<=', args: [prop('rating'), 1.5] }, '(t."rating" <= $1::double precision)', [1.5]],
    [{ op: '>', args: [prop('opened'), { date: '2020-01-01' }] }, '(t."opened" > $1::date)', ['2020-01-01']],
    [{ op: '>=', args: [prop('sheltered'), true] }, '(t."sheltered" >= $1::boolean)', [true]],
    [{ op: 'like', args: [prop('Name'), 'A%'] }, '(t."name" LIKE $1::text COLLATE "C")', ['A%']],
    [{ op: 'in', args: [prop('population'), [1, 2]] }, '(t."population" = ANY($1::double precision[]))', [[1, 2]]],
    [{ op: 'between', args: [prop('rating'), 1, 2] }, '(t."rating" BETWEEN $1::double precision AND $2::double precision)', [1, 2]],
    [{ op: 'isNull', args: [prop('Name')] }, '(t."name" IS NULL)', []],
    [{ op: 'not', args: [{ op: 'isNull', args: [prop('Name')] }] }, '(NOT (t."name" IS NULL))', []],
    [{ op: 'or', args: [{ op: '=', args: [prop('population'), 1] }, { op: '=', args: [prop('population'), 2] }] }, '((t."population" = $1::double precision) OR (t."population" = $2::double precision))', [1, 2]],
  ])('%j', (filter, text, params) => {
    expect(sql(filter)).toEqual({ text, params });
  });

  it('binds spatial literals as GeoJSON text in EPSG:4326', () => {
    const compiled = sql({ op: 's_within', args: [prop('geom'), { bbox: [0, 0, 1, 1] }] });
    expect(compiled.text).toBe('ST_Within(t."geom", ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326))');
    expect(JSON.parse(compiled.params[0] as string)).toMatchObject({ type: 'Polygon' });
    expect(sql({ op: 's_intersects', args: [prop('geom'), { type: 'Point', coordinates: [1, 2] }] }).text).toMatch(/^ST_Intersects\(t."geom"/);
  });
});

describe('CQL2 to an in-memory predicate', () => {
  const bus = stop({ Name: 'Hauptbahnhof', population: 5, rating: 4.5, sheltered: true, opened: '2019-05-01' });
  const bare = stop({ Name: null, population: null }, null);

  it.each([
    [{ op: '=', args: [prop('population'), 5] }, true],
    [{ op: '<>', args: [prop('population'), 5] }, false],
    [{ op: '<', args: [prop('rating'), 5] }, true],
    [{ op: '<=', args: [prop('rating'), 4.5] }, true],
    [{ op: '>', args: [prop('Name'), 'Z'] }, false],
    [{ op: '>=', args: [prop('opened'), { date: '2019-05-01' }] }, true],
    [{ op: '=', args: [prop('sheltered'), true] }, true],
    [{ op: 'like', args: [prop('Name'), 'Haupt%'] }, true],
    [{ op: 'like', args: [prop('Name'), 'haupt%'] }, false],
    [{ op: 'like', args: [prop('Name'), 'Hauptbahnho_'] }, true],
    [{ op: 'in', args: [prop('population'), [1, 5]] }, true],
    [{ op: 'between', args: [prop('population'), 5, 6] }, true],
    [{ op: 'isNull', args: [prop('Name')] }, false],
    [{ op: 's_intersects', args: [prop('geom'), { bbox: [0, 0, 1, 1] }] }, true],
    [{ op: 's_within', args: [prop('geom'), { bbox: [1, 1, 2, 2] }] }, false],
    [{ op: 'not', args: [{ op: 'and', args: [{ op: '=', args: [prop('population'), 5] }, { op: '=', args: [prop('sheltered'), false] }] }] }, true],
  ])('%j is %s for a busy stop', (filter, expected) => {
    expect(matches(filter, bus)).toBe(expected);
  });

  it('treats missing values as SQL does (unknown, so neither a match nor its negation)', () => {
    expect(matches({ op: '=', args: [prop('population'), 5] }, bare)).toBe(false);
    expect(matches({ op: 'not', args: [{ op: '=', args: [prop('population'), 5] }] }, bare)).toBe(false);
    expect(matches({ op: 'or', args: [{ op: '=', args: [prop('population'), 5] }, { op: 'isNull', args: [prop('population')] }] }, bare)).toBe(true);
    expect(matches({ op: 's_intersects', args: [prop('geom'), { bbox: [0, 0, 1, 1] }] }, bare)).toBe(false);
  });

  it('reads like patterns as SQL does: escapes, and no regular-expression syntax', () => {
    expect(likeRegex('100\\%').test('100%')).toBe(true);
    expect(likeRegex('100\\%').test('1000')).toBe(false);
    expect(likeRegex('a.c').test('abc')).toBe(false);
    expect(likeRegex('(x|y)*').test('(x|y)*')).toBe(true);
    expect(likeRegex('_').test('é')).toBe(true);
  });
});

describe('injection attempts', () => {
  const hostile = [
    "'; DROP TABLE user_data.x; --",
    "x' OR '1'='1",
    'x"; DELETE FROM spatial_analysis.layer; --',
    '/* comment */ 1=1',
    '\\\'; SELECT pg_sleep(10); --',
    'ＤＲＯＰ\u0000TABLE',
    '$1; $$ $tag$',
    "naïve 🚌 ‮'--",
  ];

  it.each(hostile)('the value %j travels only as a bound parameter', (value) => {
    for (const filter of [
      { op: '=', args: [prop('Name'), value] },
      { op: 'like', args: [prop('Name'), `${value}%`] },
      { op: 'in', args: [prop('Name'), [value, 'ok']] },
    ]) {
      const compiled = sql(filter);
      expect(compiled.text).not.toContain(value);
      expect(JSON.stringify(compiled.params)).toContain(JSON.stringify(value).slice(1, -1));
      expect(compiled.text).toMatch(/^[()A-Za-z0-9_."$:\s=<>,[\]]*$/);
    }
  });

  it.each(['name"; DROP TABLE x; --', "name'; --", 'name) OR (1=1', 'geom; DELETE', '"name"', 'Name\u0000'])('the column %j is refused as unknown', (column) => {
    const parsed = parseCql2Json({ op: '=', args: [prop(column), 'x'] });
    if (!parsed.ok) throw parsed.error;
    const bound = bindFilter(parsed.value, stopQueryables);
    expect(!bound.ok && bound.error.code).toBe('features.unknown-column');
  });

  it('refuses hostile CQL2-text before it reaches SQL', () => {
    for (const cql of ["name = 'x'; DROP TABLE t", "name = 'x' -- comment", 'name = 1 /* c */', '"name"; DROP TABLE x; --" = 1']) {
      const parsed = parseCql2Text(cql);
      const bound = parsed.ok ? bindFilter(parsed.value, stopQueryables) : parsed;
      expect(bound.ok).toBe(false);
    }
  });

  it('quotes identifiers, doubling inner quotes, and refuses NUL', () => {
    expect(quoteIdentifier('name"; DROP TABLE x; --')).toBe('"name""; DROP TABLE x; --"');
    expect(quoteIdentifier('Straße')).toBe('"Straße"');
    expect(() => quoteIdentifier('a\u0000b')).toThrow();
    expect(() => quoteIdentifier('')).toThrow();
  });
});
