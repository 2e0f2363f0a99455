import { checkedContent } from '../../../../../src/contexts/spatial-analysis/domain/features/feature-content';
import type { FeatureLayer } from '../../../../../src/contexts/spatial-analysis/domain/features/feature-layer';
import { queryablesOf } from '../../../../../src/contexts/spatial-analysis/domain/features/queryables';
import type { LayerAttribute } from '../../../../../src/contexts/spatial-analysis/domain/layers/layer-attributes';

const attributes: LayerAttribute[] = [
  { name: 'opened', column: 'opened', type: 'date' },
  { name: 'departs', column: 'departs', type: 'time' },
];
const table: FeatureLayer = { id: 'layer', geometryType: null, attributes, queryables: queryablesOf(attributes, null) };
const check = (properties: Record<string, unknown>) => checkedContent(table, { geometry: null, properties });

describe('checking a feature\'s date and time values', () => {
  it('accepts real calendar days and clock times', () => {
    const result = check({ opened: '2024-02-29', departs: '23:59:59.5' });
    expect(result.ok && result.value.properties).toEqual({ opened: '2024-02-29', departs: '23:59:59.5' });
    expect(check({ departs: '07:05' }).ok).toBe(true);
  });

  it.each([
    [{ opened: '2024-02-30' }, '/body/properties/opened'],
    [{ opened: '2023-02-29' }, '/body/properties/opened'],
    [{ opened: '2024-13-01' }, '/body/properties/opened'],
    [{ departs: '99:99' }, '/body/properties/departs'],
    [{ departs: '24:00' }, '/body/properties/departs'],
    [{ departs: '12:30:60' }, '/body/properties/departs'],
  ])('refuses %j as a validation error, not a stored surprise', (properties, pointer) => {
    const result = check(properties);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('validation');
      expect(result.error.details?.errors?.[0]?.pointer).toBe(pointer);
    }
  });
});
