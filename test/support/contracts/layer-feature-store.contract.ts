import type { Geometry } from 'geojson';
import { newId } from '../../../src/shared-kernel/ids';
import type { LayerAttribute } from '../../../src/contexts/spatial-analysis/domain/layers/layer-attributes';
import type { FeatureSource, LayerFeatureStore, SourceFeature } from '../../../src/contexts/spatial-analysis/ports/layers/layer-feature-store.port';

const attributes: LayerAttribute[] = [
  { name: 'Name', column: 'name', type: 'text' },
  { name: 'pupils', column: 'pupils', type: 'integer' },
  { name: 'share', column: 'share', type: 'number' },
  { name: 'open', column: 'open', type: 'boolean' },
  { name: 'since', column: 'since', type: 'date' },
  { name: 'tags', column: 'tags', type: 'json' },
];

const source = (geometryType: FeatureSource['geometryType'], features: SourceFeature[], attrs = attributes): FeatureSource => ({
  geometryType,
  attributes: attrs,
  async *features() {
    yield* features;
  },
});

const point = (lon: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lon, lat] });
const square: Geometry = { type: 'Polygon', coordinates: [[[7.4, 43.7], [7.41, 43.7], [7.41, 43.71], [7.4, 43.71], [7.4, 43.7]]] };
const bowtie: Geometry = { type: 'Polygon', coordinates: [[[7.4, 43.7], [7.42, 43.72], [7.42, 43.7], [7.4, 43.72], [7.4, 43.7]]] };

async function readAll(store: LayerFeatureStore, id: string, attrs = attributes): Promise<SourceFeature[]> {
  const all: SourceFeature[] = [];
  for await (const feature of store.read(id, attrs)) all.push(feature);
  return all;
}

/** One behaviour for every LayerFeatureStore; `repairs` marks the store that makes geometries valid (PostGIS). */
export function describeLayerFeatureStoreContract(name: string, makeStore: () => Promise<LayerFeatureStore> | LayerFeatureStore, options: { repairs: boolean }): void {
  describe(`LayerFeatureStore contract: ${name}`, () => {
    let store: LayerFeatureStore;
    const created: string[] = [];
    const layerId = () => {
      const id = newId<'Layer'>();
      created.push(id);
      return id;
    };
    beforeEach(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      for (const id of created) await store.drop(id);
    });

    it('stores points with typed attributes and reads them back in order', async () => {
      const id = layerId();
      const summary = await store.create(
        id,
        source('point', [
          { geometry: point(7.42, 43.73), properties: { Name: 'École', pupils: 320, share: 0.25, open: true, since: '1999-09-01', tags: { level: 'primary' } } },
          { geometry: point(7.43, 43.74), properties: { Name: 'Lycée', pupils: '1200', share: null, open: false } },
          { geometry: point(7.44, 43.75), properties: { Name: null, pupils: 'many', share: 'n/a' } },
        ]),
      );
      expect(summary).toMatchObject({ featureCount: 3, droppedGeometries: 0 });
      expect(summary.sizeBytes).toBeGreaterThan(0);
      expect(summary.extent).toEqual({ type: 'Polygon', coordinates: [[[7.42, 43.73], [7.42, 43.75], [7.44, 43.75], [7.44, 43.73], [7.42, 43.73]]] });
      const features = await readAll(store, id);
      expect(features.map((feature) => feature.geometry)).toEqual([point(7.42, 43.73), point(7.43, 43.74), point(7.44, 43.75)]);
      expect(features[0].properties).toEqual({ Name: 'École', pupils: 320, share: 0.25, open: true, since: '1999-09-01', tags: { level: 'primary' } });
      expect(features[1].properties).toEqual({ Name: 'Lycée', pupils: 1200, share: null, open: false, since: null, tags: null });
      expect(features[2].properties).toEqual({ Name: null, pupils: null, share: null, open: null, since: null, tags: null });
      expect(await store.exists(id)).toBe(true);
      expect(await store.summary(id)).toMatchObject({ featureCount: 3, extent: summary.extent });
    });

    it('stores polygons as multipolygons', async () => {
      const id = layerId();
      await store.create(id, source('polygon', [{ geometry: square, properties: { Name: 'Park' } }]));
      const [feature] = await readAll(store, id);
      expect(feature.geometry).toEqual({ type: 'MultiPolygon', coordinates: [square.type === 'Polygon' ? square.coordinates : []] });
    });

    it('stores a table without geometry', async () => {
      const id = layerId();
      const summary = await store.create(id, source(null, [{ geometry: null, properties: { Name: 'Row', pupils: 1 } }]));
      expect(summary).toMatchObject({ featureCount: 1, extent: null });
      expect((await readAll(store, id))[0]).toEqual({ geometry: null, properties: { Name: 'Row', pupils: 1, share: null, open: null, since: null, tags: null } });
    });

    it('drops features without a geometry of the layer\'s kind, and says how many', async () => {
      const id = layerId();
      const summary = await store.create(id, source('point', [{ geometry: point(7.4, 43.7), properties: {} }, { geometry: null, properties: {} }]));
      expect(summary).toMatchObject({ featureCount: 1, droppedGeometries: 1 });
    });

    it('stores nothing when the source fails half-way', async () => {
      const id = layerId();
      const failing: FeatureSource = {
        geometryType: 'point',
        attributes,
        async *features() {
          for (let i = 0; i < 1200; i++) yield { geometry: point(7.4 + i / 10_000, 43.7), properties: { pupils: i } };
          throw new Error('the file ended early');
        },
      };
      await expect(store.create(id, failing)).rejects.toThrow('the file ended early');
      expect(await store.exists(id)).toBe(false);
      expect(await store.summary(id)).toBeNull();
      expect(await readAll(store, id)).toEqual([]);
    });

    it('drops idempotently', async () => {
      const id = layerId();
      await store.create(id, source('point', [{ geometry: point(7.4, 43.7), properties: {} }]));
      await store.drop(id);
      await store.drop(id);
      expect(await store.exists(id)).toBe(false);
    });

    if (options.repairs) {
      it('repairs a self-intersecting polygon, counts it, and keeps only valid polygons', async () => {
        const id = layerId();
        const summary = await store.create(id, source('polygon', [{ geometry: bowtie, properties: { Name: 'Bowtie' } }, { geometry: square, properties: { Name: 'Square' } }]));
        expect(summary).toMatchObject({ featureCount: 2, repairedGeometries: 1, droppedGeometries: 0 });
        const [repaired] = await readAll(store, id);
        expect(repaired.geometry?.type).toBe('MultiPolygon');
        expect((repaired.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(2);
      });
    }
  });
}
