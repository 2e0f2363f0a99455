import { attributesFor } from '../../../../../src/contexts/spatial-analysis/domain/layers/layer-attributes';
import { compileFilter } from '../../../../../src/contexts/spatial-analysis/domain/layers/cql2-filter';
import { isPublicAddress } from '../../../../../src/contexts/spatial-analysis/domain/layers/network-address';
import { checkedRasterUrl, checkedResolution } from '../../../../../src/contexts/spatial-analysis/domain/layers/raster-source';

describe('attribute columns', () => {
  it('are lower-case ASCII, unique, never reserved, and remember the planner\'s names', () => {
    const attributes = attributesFor([
      { name: 'Name', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'Öffnungszeiten (Mo-Fr)', type: 'text' },
      { name: 'id', type: 'integer' },
      { name: 'geom', type: 'text' },
      { name: '2020 population', type: 'integer' },
      { name: '"; DROP TABLE x; --', type: 'text' },
      { name: 'x'.repeat(100), type: 'number' },
    ]);
    expect(attributes.map((attribute) => attribute.column)).toEqual([
      'name', 'name_2', 'offnungszeiten_mo_fr', 'id_2', 'geom_2', 'a_2020_population', 'drop_table_x', 'x'.repeat(60),
    ]);
    expect(attributes.every((attribute) => /^[a-z_][a-z0-9_]{0,59}$/.test(attribute.column))).toBe(true);
    expect(attributes[2].name).toBe('Öffnungszeiten (Mo-Fr)');
  });
});

describe('raster service URLs (SSRF)', () => {
  it.each(['127.0.0.1', '10.1.1.1', '172.16.5.4', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd12::1', '::ffff:10.0.0.1', '64:ff9b::7f00:1', '224.0.0.1'])('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('accepts public http(s) URLs and refuses the rest by name', () => {
    expect(checkedRasterUrl('https://tiles.example.org/{z}/{x}/{y}.png').ok).toBe(true);
    const refused = checkedRasterUrl('gopher://example.org/');
    expect(!refused.ok && refused.error.code).toBe('workspace.raster-url-rejected');
    expect(checkedRasterUrl('http://intranet/').ok).toBe(false);
    expect(checkedRasterUrl('http://printer.local/').ok).toBe(false);
    expect(checkedResolution(['93.184.216.34']).ok).toBe(true);
    expect(checkedResolution(['93.184.216.34', '10.0.0.1']).ok).toBe(false);
    expect(checkedResolution([]).ok).toBe(false);
  });
});

describe('CQL2-JSON export filters', () => {
  const attributes = ['amenity', 'capacity', 'name'];
  const keep = (filter: unknown) => {
    const compiled = compileFilter(filter, attributes);
    if (!compiled.ok) throw compiled.error;
    return compiled.value;
  };

  it('evaluates comparisons, like, in, between, isNull and boolean combinations', () => {
    const row = { amenity: 'school', capacity: 300, name: 'École Saint-Charles' };
    expect(keep({ op: '=', args: [{ property: 'amenity' }, 'school'] })(row)).toBe(true);
    expect(keep({ op: '>', args: [{ property: 'capacity' }, 100] })(row)).toBe(true);
    expect(keep({ op: 'like', args: [{ property: 'name' }, 'École%'] })(row)).toBe(true);
    expect(keep({ op: 'in', args: [{ property: 'amenity' }, ['school', 'college']] })(row)).toBe(true);
    expect(keep({ op: 'between', args: [{ property: 'capacity' }, 100, 200] })(row)).toBe(false);
    expect(keep({ op: 'isNull', args: [{ property: 'name' }] })({ ...row, name: null })).toBe(true);
    expect(keep({ op: 'and', args: [{ op: '=', args: [{ property: 'amenity' }, 'school'] }, { op: 'not', args: [{ op: '<', args: [{ property: 'capacity' }, 50] }] }] })(row)).toBe(true);
    expect(keep({ op: '<>', args: [{ property: 'capacity' }, 300] })({ ...row, capacity: null })).toBe(false);
  });

  it('refuses unknown attributes and unsupported operators by name', () => {
    const unknown = compileFilter({ op: '=', args: [{ property: 'secret' }, 1] }, attributes);
    expect(!unknown.ok && unknown.error.message).toMatch(/no attribute "secret"/);
    const spatial = compileFilter({ op: 's_intersects', args: [{ property: 'geom' }, {}] }, attributes);
    expect(!spatial.ok && spatial.error.code).toBe('export.query-not-supported');
  });

  it('refuses a comparison with the wrong number of operands instead of crashing', () => {
    for (const filter of [
      { op: 'between', args: [{ property: 'capacity' }, 1] },
      { op: '=', args: [{ property: 'capacity' }] },
      { op: 'like', args: [{ property: 'name' }, 'a%', 'b'] },
      { op: 'isNull', args: [] },
    ]) {
      const compiled = compileFilter(filter, attributes);
      expect(!compiled.ok && compiled.error.code).toBe('export.query-not-supported');
      expect(!compiled.ok && compiled.error.kind).toBe('validation');
    }
  });

  it('matches a like pattern written as a literal', () => {
    const filter = compileFilter({ op: 'like', args: [{ property: 'name' }, 'Nord%'] }, attributes);
    expect(filter.ok && filter.value({ name: 'Nordschule' })).toBe(true);
    expect(filter.ok && filter.value({ name: 'Südschule' })).toBe(false);
  });
});
