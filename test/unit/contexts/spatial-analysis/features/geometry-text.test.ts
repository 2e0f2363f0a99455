import { FeatureWithGeometryText, geometryTextOf } from '../../../../../src/contexts/spatial-analysis/domain/features/geometry-text';
import type { LayerFeature } from '../../../../../src/contexts/spatial-analysis/domain/features/layer-feature';

describe('features of a page whose geometry arrived as GeoJSON text', () => {
  const text = '{"type":"Point","coordinates":[11.550000000000001,48.14]}';
  const plain: LayerFeature = { id: 7, geometry: { type: 'Point', coordinates: [11.550000000000001, 48.14] }, properties: { name: 'Stop' } };

  it('read like any feature: the geometry is parsed when asked for, and serialize as plain features', () => {
    const feature = new FeatureWithGeometryText(7, text, { name: 'Stop' });
    expect({ id: feature.id, geometry: feature.geometry, properties: feature.properties }).toEqual(plain);
    expect(feature.geometry).toBe(feature.geometry);
    expect(JSON.parse(JSON.stringify(feature))).toEqual(plain);
  });

  it('are written out with the text as it came, without parsing it', () => {
    const feature = new FeatureWithGeometryText(7, text, {});
    const parse = jest.spyOn(JSON, 'parse');
    try {
      expect(geometryTextOf(feature)).toBe(text);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('a feature without geometry, or one built as an object, is serialized', () => {
    expect(geometryTextOf(new FeatureWithGeometryText(1, null, {}))).toBe('null');
    expect(new FeatureWithGeometryText(1, null, {}).geometry).toBeNull();
    // A plain feature goes through JSON.stringify: the same values, in JavaScript's shortest spelling.
    expect(geometryTextOf(plain)).toBe('{"type":"Point","coordinates":[11.55,48.14]}');
  });
});
