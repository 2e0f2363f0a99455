import { bindFilter } from '../../../../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-binding';
import { parseCql2Json } from '../../../../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-json.parser';
import { queryablesOf } from '../../../../../../src/contexts/spatial-analysis/domain/features/queryables';
import { stopAttributes, stopQueryables } from './cql2-fixtures';

const bound = (filter: unknown) => {
  const parsed = parseCql2Json(filter);
  if (!parsed.ok) throw parsed.error;
  return bindFilter(parsed.value, stopQueryables);
};
const prop = (property: string) => ({ property });

describe('binding a CQL2 filter to the layer\'s queryables', () => {
  it('resolves planner names and stored column names to the column', () => {
    const byName = bound({ op: '=', args: [prop('Name'), 'x'] });
    const byColumn = bound({ op: '=', args: [prop('name'), 'x'] });
    expect(byName.ok && byName.value).toMatchObject({ property: { name: 'Name', column: 'name', type: 'text' } });
    expect(byColumn.ok && byColumn.value).toMatchObject({ property: { column: 'name' } });
    const geometry = bound({ op: 's_intersects', args: [prop('geometry'), { bbox: [0, 0, 1, 1] }] });
    expect(geometry.ok && geometry.value).toMatchObject({ property: { column: 'geom', type: 'geometry' } });
  });

  it('names an unknown column', () => {
    const result = bound({ op: 'and', args: [{ op: '=', args: [prop('Name'), 'x'] }, { op: '>', args: [prop('height'), 3] }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'features.unknown-column', kind: 'validation', details: { column: 'height' } });
      expect(result.error.message).toContain('height');
    }
  });

  it.each([
    [{ op: '=', args: [prop('population'), 'many'] }, /population/],
    [{ op: '=', args: [prop('Name'), 5] }, /Name/],
    [{ op: '=', args: [prop('sheltered'), 'yes'] }, /sheltered/],
    [{ op: 'like', args: [prop('population'), '1%'] }, /text column/],
    [{ op: 'like', args: [prop('Name'), 'abc\\'] }, /backslash/],
    [{ op: '=', args: [prop('extra'), 'x'] }, /json/],
    [{ op: '=', args: [prop('geom'), 'x'] }, /geometry/],
    [{ op: 's_intersects', args: [prop('Name'), { bbox: [0, 0, 1, 1] }] }, /geometry/],
    [{ op: '>', args: [prop('opened'), 'not a date'] }, /opened/],
    [{ op: '>', args: [prop('opened'), '2024-02-30'] }, /opened/],
    [{ op: '>', args: [prop('opened'), '1'] }, /opened/],
    [{ op: '>', args: [prop('opened'), { date: '2024-02-30' }] }, /opened/],
    [{ op: 'in', args: [prop('population'), [1, 'two']] }, /population/],
  ])('refuses a value that does not fit the column: %j', (filter, message) => {
    const result = bound(filter);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('features.invalid-filter');
      expect(result.error.message).toMatch(message);
    }
  });

  it('keeps a real calendar date and normalizes a timestamp to ISO text', () => {
    const date = bound({ op: '=', args: [prop('opened'), { date: '2024-02-29' }] });
    expect(date.ok && date.value).toMatchObject({ value: '2024-02-29' });
    const withTimestamp = queryablesOf([...stopAttributes, { name: 'checked', column: 'checked', type: 'timestamp' }], 'point');
    const stamped = (value: unknown) => {
      const parsed = parseCql2Json({ op: '>', args: [prop('checked'), value] });
      if (!parsed.ok) throw parsed.error;
      return bindFilter(parsed.value, withTimestamp);
    };
    const good = stamped({ timestamp: '2024-03-01T12:00:00+01:00' });
    expect(good.ok && good.value).toMatchObject({ value: '2024-03-01T11:00:00.000Z' });
    const bad = stamped('not a time');
    expect(!bad.ok && bad.error.code).toBe('features.invalid-filter');
  });

  it('accepts an escaped backslash at the end of a like pattern', () => {
    expect(bound({ op: 'like', args: [prop('Name'), 'abc\\\\'] }).ok).toBe(true);
  });
});
