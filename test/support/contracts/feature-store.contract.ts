import area from '@turf/area';
import type { Geometry } from 'geojson';
import { bindFilter } from '../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-binding';
import { parseCql2Json } from '../../../src/contexts/spatial-analysis/domain/features/cql2/cql2-json.parser';
import type { FeatureLayer } from '../../../src/contexts/spatial-analysis/domain/features/feature-layer';
import type { FeatureSelection, ItemsRequest } from '../../../src/contexts/spatial-analysis/domain/features/feature-query';
import type { LayerFeature } from '../../../src/contexts/spatial-analysis/domain/features/layer-feature';
import { queryablesOf } from '../../../src/contexts/spatial-analysis/domain/features/queryables';
import type { GeometryKind } from '../../../src/contexts/spatial-analysis/domain/layers/layer';
import type { LayerAttribute } from '../../../src/contexts/spatial-analysis/domain/layers/layer-attributes';
import type { FeatureEditor } from '../../../src/contexts/spatial-analysis/ports/features/feature-editor.port';
import type { LayerFeatureReader } from '../../../src/contexts/spatial-analysis/ports/features/layer-feature-reader.port';
import type { VectorTileSource } from '../../../src/contexts/spatial-analysis/ports/features/vector-tile-source.port';
import type { SourceFeature } from '../../../src/contexts/spatial-analysis/ports/layers/layer-feature-store.port';

const { VectorTile } = require('@mapbox/vector-tile') as { VectorTile: new (pbf: unknown) => { layers: Record<string, DecodedLayer> } };
const Pbf = require('pbf') as new (bytes: Uint8Array) => unknown;

interface DecodedLayer {
  length: number;
  extent: number;
  version: number;
  feature(i: number): { id: number; type: number; properties: Record<string, unknown> };
}

/** A Mapbox Vector Tile decoded with @mapbox/vector-tile: layer name -> features (id, properties). */
export function decodeTile(bytes: Uint8Array): Record<string, { id: number; properties: Record<string, unknown> }[]> {
  const tile = new VectorTile(new Pbf(bytes));
  return Object.fromEntries(
    Object.entries(tile.layers).map(([name, layer]) => [name, Array.from({ length: layer.length }, (_, i) => layer.feature(i)).map((f) => ({ id: f.id, properties: f.properties }))]),
  );
}

export interface FeatureStoreAdapters {
  readonly reader: LayerFeatureReader;
  readonly editor: FeatureEditor;
  readonly tiles: VectorTileSource;
  /** Stores features through the workspace's LayerFeatureStore and answers the layer as features see it. */
  createLayer(attributes: LayerAttribute[], geometryType: GeometryKind | null, features: SourceFeature[]): Promise<FeatureLayer>;
}

export const STOP_ATTRIBUTES: LayerAttribute[] = [
  { name: 'Name', column: 'name', type: 'text' },
  { name: 'population', column: 'population', type: 'integer' },
  { name: 'rating', column: 'rating', type: 'number' },
  { name: 'sheltered', column: 'sheltered', type: 'boolean' },
  { name: 'opened', column: 'opened', type: 'date' },
];

const stop = (lon: number, lat: number, Name: string | null, population: number | null, rating: number | null, sheltered: boolean | null, opened: string | null): SourceFeature => ({
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { Name, population, rating, sheltered, opened },
});

/** Eight stops around Munich; ids follow this order (1..8). */
export const STOPS: SourceFeature[] = [
  stop(11.50, 48.10, 'Hauptbahnhof', 500, 4.5, true, '2001-05-01'),
  stop(11.52, 48.12, 'Marienplatz', 800, 4.9, true, '1999-01-15'),
  stop(11.54, 48.14, 'harras', 120, 3.1, false, '2010-09-30'),
  stop(11.56, 48.16, 'Ostbahnhof', 300, null, true, null),
  stop(11.58, 48.18, null, 50, 2.0, false, '2020-02-29'),
  stop(11.60, 48.20, 'Östliche 100%', null, 3.5, null, '2015-07-07'),
  stop(11.62, 48.22, "O'Brien \"quoted\"; DROP TABLE x; --", 75, 1.0, true, '2018-03-03'),
  stop(11.64, 48.24, 'Zoo_1', 500, 4.5, false, '2005-12-12'),
];

const square = (x: number, y: number, size: number): Geometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });

export const DISTRICTS: SourceFeature[] = [
  { geometry: square(11.50, 48.10, 0.01), properties: { kind: 'small' } },
  { geometry: square(11.52, 48.10, 0.03), properties: { kind: 'large' } },
  { geometry: square(11.56, 48.10, 0.02), properties: { kind: 'medium' } },
];

const everything = (overrides: Partial<ItemsRequest> = {}): ItemsRequest => ({ filter: null, bbox: null, limit: 100, offset: 0, properties: null, sortby: [], ...overrides });

function selectionOf(layer: FeatureLayer, filter: unknown): FeatureSelection {
  const parsed = parseCql2Json(filter);
  if (!parsed.ok) throw parsed.error;
  const bound = bindFilter(parsed.value, layer.queryables);
  if (!bound.ok) throw bound.error;
  return { filter: bound.value, bbox: null };
}

const prop = (property: string) => ({ property });
const ids = (features: { id: number }[]) => features.map((f) => f.id);
/** What a feature says, whatever object carries it (a page's features may parse their geometry lazily). */
const plain = (f: LayerFeature) => ({ id: f.id, geometry: f.geometry, properties: f.properties });

/**
 * One behaviour for LayerFeatureReader, FeatureEditor and VectorTileSource: the in-memory run (unit)
 * and the PostGIS run (integration) answer every filter alike.
 */
export function describeFeatureStoreContract(name: string, makeAdapters: () => Promise<FeatureStoreAdapters> | FeatureStoreAdapters): void {
  describe(`feature reading, editing and tiles contract: ${name}`, () => {
    let adapters: FeatureStoreAdapters;
    let stops: FeatureLayer;
    beforeAll(async () => {
      adapters = await makeAdapters();
      stops = await adapters.createLayer(STOP_ATTRIBUTES, 'point', STOPS);
    });

    it('pages items in id order with numberMatched', async () => {
      const first = await adapters.reader.items(stops, everything({ limit: 3 }));
      expect(ids(first.features)).toEqual([1, 2, 3]);
      expect(first.numberMatched).toBe(8);
      const last = await adapters.reader.items(stops, everything({ limit: 3, offset: 6 }));
      expect(ids(last.features)).toEqual([7, 8]);
      expect(last.numberMatched).toBe(8);
      expect(plain(first.features[0])).toEqual({
        id: 1,
        geometry: { type: 'Point', coordinates: [11.5, 48.1] },
        properties: { Name: 'Hauptbahnhof', population: 500, rating: 4.5, sheltered: true, opened: '2001-05-01' },
      });
    });

    it.each([
      ['=', { op: '=', args: [prop('population'), 500] }, [1, 8]],
      ['<> (nulls excluded)', { op: '<>', args: [prop('population'), 500] }, [2, 3, 4, 5, 7]],
      ['<', { op: '<', args: [prop('rating'), 3.1] }, [5, 7]],
      ['<=', { op: '<=', args: [prop('rating'), 3.1] }, [3, 5, 7]],
      ['>', { op: '>', args: [prop('opened'), { date: '2010-01-01' }] }, [3, 5, 6, 7]],
      ['>= on text (code-point order)', { op: '>=', args: [prop('Name'), 'O'] }, [3, 4, 6, 7, 8]],
      ['= on boolean', { op: '=', args: [prop('sheltered'), false] }, [3, 5, 8]],
      ['like', { op: 'like', args: [prop('Name'), '%bahnhof'] }, [1, 4]],
      ['like is case-sensitive', { op: 'like', args: [prop('Name'), 'h%'] }, [3]],
      ['like with escapes', { op: 'like', args: [prop('Name'), '%100\\%'] }, [6]],
      ['like with _', { op: 'like', args: [prop('Name'), 'Zoo__'] }, [8]],
      ['in', { op: 'in', args: [prop('Name'), ['harras', 'Zoo_1', 'nowhere']] }, [3, 8]],
      ['between', { op: 'between', args: [prop('population'), 100, 500] }, [1, 3, 4, 8]],
      ['isNull', { op: 'isNull', args: [prop('rating')] }, [4]],
      ['not isNull', { op: 'not', args: [{ op: 'isNull', args: [prop('Name')] }] }, [1, 2, 3, 4, 6, 7, 8]],
      ['not of a comparison (unknown stays unknown)', { op: 'not', args: [{ op: '=', args: [prop('sheltered'), true] }] }, [3, 5, 8]],
      ['and', { op: 'and', args: [{ op: '=', args: [prop('sheltered'), true] }, { op: '>', args: [prop('population'), 200] }] }, [1, 2, 4]],
      ['or', { op: 'or', args: [{ op: 'isNull', args: [prop('population')] }, { op: '<', args: [prop('population'), 100] }] }, [5, 6, 7]],
      ['hostile text is just a value', { op: '=', args: [prop('Name'), "O'Brien \"quoted\"; DROP TABLE x; --"] }, [7]],
      ['unicode', { op: 'like', args: [prop('Name'), 'Ö%'] }, [6]],
      ['s_intersects', { op: 's_intersects', args: [prop('geom'), { bbox: [11.51, 48.11, 11.57, 48.17] }] }, [2, 3, 4]],
      ['s_within', { op: 's_within', args: [prop('geom'), { type: 'Polygon', coordinates: [[[11.49, 48.09], [11.55, 48.09], [11.55, 48.15], [11.49, 48.15], [11.49, 48.09]]] }] }, [1, 2, 3]],
    ])('filters with %s alike', async (_, filter, expected) => {
      const selection = selectionOf(stops, filter);
      const page = await adapters.reader.items(stops, everything(selection));
      expect(ids(page.features)).toEqual(expected);
      expect(page.numberMatched).toBe(expected.length);
      expect(await adapters.reader.count(stops, selection)).toBe(expected.length);
    });

    it('selects by bbox (boundary included)', async () => {
      const page = await adapters.reader.items(stops, everything({ bbox: [11.52, 48.12, 11.56, 48.16] }));
      expect(ids(page.features)).toEqual([2, 3, 4]);
    });

    it('sorts by keys (text by code point, nulls last ascending and first descending), then by id', async () => {
      const byName = await adapters.reader.items(stops, everything({ sortby: [{ queryable: stops.queryables.find('Name')!, descending: false }] }));
      expect(ids(byName.features)).toEqual([1, 2, 7, 4, 8, 3, 6, 5]);
      const byPopulation = await adapters.reader.items(stops, everything({ sortby: [{ queryable: stops.queryables.find('population')!, descending: true }] }));
      expect(ids(byPopulation.features)).toEqual([6, 2, 1, 8, 4, 3, 7, 5]);
    });

    it('hands back only the chosen properties', async () => {
      const page = await adapters.reader.items(stops, everything({ limit: 1, properties: [stops.queryables.find('rating')!] }));
      expect(page.features[0].properties).toEqual({ rating: 4.5 });
      const none = await adapters.reader.items(stops, everything({ limit: 1, properties: [] }));
      expect(none.features[0].properties).toEqual({});
    });

    it('reads one feature, or null', async () => {
      expect(await adapters.reader.item(stops, 3)).toMatchObject({ id: 3, properties: { Name: 'harras', sheltered: false } });
      expect(await adapters.reader.item(stops, 999)).toBeNull();
    });

    it('counts unique values, most frequent first, then by value, paged', async () => {
      const population = stops.queryables.find('population')!;
      const page = await adapters.reader.uniqueValues(stops, population, { filter: null, bbox: null }, { page: 1, size: 3 });
      expect(page.items).toEqual([{ value: 500, count: 2 }, { value: 50, count: 1 }, { value: 75, count: 1 }]);
      expect(page).toMatchObject({ total: 7, page: 1, size: 3, pages: 3 });
      const last = await adapters.reader.uniqueValues(stops, population, { filter: null, bbox: null }, { page: 3, size: 3 });
      expect(last.items).toEqual([{ value: null, count: 1 }]);
      const beyond = await adapters.reader.uniqueValues(stops, population, { filter: null, bbox: null }, { page: 9, size: 3 });
      expect(beyond).toMatchObject({ items: [], total: 7 });
    });

    it('lists a column\'s numbers ascending, without nulls', async () => {
      expect(await adapters.reader.numbers(stops, stops.queryables.find('rating')!, { filter: null, bbox: null })).toEqual([1, 2, 3.1, 3.5, 4.5, 4.5, 4.9]);
    });

    it('measures polygon areas on the ellipsoid', async () => {
      const districts = await adapters.createLayer([{ name: 'kind', column: 'kind', type: 'text' }], 'polygon', DISTRICTS);
      const expected = DISTRICTS.map((d) => area(d.geometry as Geometry));
      const everywhere = { filter: null, bbox: null };
      expect((await adapters.reader.area(districts, 'sum', everywhere))! / expected.reduce((s, a) => s + a, 0)).toBeCloseTo(1, 2);
      expect((await adapters.reader.area(districts, 'min', everywhere))! / Math.min(...expected)).toBeCloseTo(1, 2);
      expect((await adapters.reader.area(districts, 'max', everywhere))! / Math.max(...expected)).toBeCloseTo(1, 2);
      expect(await adapters.reader.area(districts, 'sum', selectionOf(districts, { op: '=', args: [prop('kind'), 'none'] }))).toBeNull();
    });

    describe('editing', () => {
      let layer: FeatureLayer;
      beforeEach(async () => {
        layer = await adapters.createLayer(STOP_ATTRIBUTES, 'point', STOPS.slice(0, 2));
      });

      it('inserts with the next number and reads it back', async () => {
        const outcome = await adapters.editor.insert(layer, { geometry: { type: 'Point', coordinates: [11.7, 48.3] }, properties: { Name: 'New stop', population: 10 } });
        expect(outcome).toEqual({
          kind: 'saved',
          feature: { id: 3, geometry: { type: 'Point', coordinates: [11.7, 48.3] }, properties: { Name: 'New stop', population: 10, rating: null, sheltered: null, opened: null } },
        });
        expect(await adapters.reader.count(layer, { filter: null, bbox: null })).toBe(3);
      });

      it('replaces a feature, or says it is not there', async () => {
        const outcome = await adapters.editor.replace(layer, 2, { geometry: { type: 'Point', coordinates: [11.8, 48.4] }, properties: { Name: 'Moved', sheltered: false } });
        expect(outcome).toMatchObject({ kind: 'saved', feature: { id: 2, properties: { Name: 'Moved', sheltered: false, population: null } } });
        expect(await adapters.reader.item(layer, 2)).toMatchObject({ geometry: { coordinates: [11.8, 48.4] } });
        expect(await adapters.editor.replace(layer, 99, { geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} })).toEqual({ kind: 'not-found' });
      });

      it('deletes a feature once', async () => {
        expect(await adapters.editor.delete(layer, 1)).toBe(true);
        expect(await adapters.editor.delete(layer, 1)).toBe(false);
        expect(await adapters.reader.item(layer, 1)).toBeNull();
        expect(ids((await adapters.reader.items(layer, everything())).features)).toEqual([2]);
      });

      it('stores polygons as the layer\'s multipolygons', async () => {
        const districts = await adapters.createLayer([{ name: 'kind', column: 'kind', type: 'text' }], 'polygon', DISTRICTS);
        const outcome = await adapters.editor.insert(districts, { geometry: square(11.6, 48.1, 0.01), properties: { kind: 'new' } });
        expect(outcome).toMatchObject({ kind: 'saved', feature: { id: 4, geometry: { type: 'MultiPolygon' } } });
      });
    });

    describe('vector tiles', () => {
      it('encodes the layer under its id, with the features the tile meets and their properties', async () => {
        const world = decodeTile(await adapters.tiles.tile(stops, { tile: { z: 0, x: 0, y: 0 }, filter: null, properties: null, featureCap: 15000 }));
        expect(Object.keys(world)).toEqual([stops.id]);
        expect(world[stops.id].map((f) => f.id).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        expect(world[stops.id].find((f) => f.id === 1)?.properties).toEqual({ Name: 'Hauptbahnhof', population: 500, rating: 4.5, sheltered: true, opened: '2001-05-01' });
        // z14 tile 8715/5688 holds Hauptbahnhof (11.50, 48.10) only
        const close = decodeTile(await adapters.tiles.tile(stops, { tile: { z: 14, x: 8715, y: 5688 }, filter: null, properties: null, featureCap: 15000 }));
        expect(close[stops.id]?.map((f) => f.id)).toEqual([1]);
      });

      it('honours the filter and the property selection, and is empty where nothing is', async () => {
        const selection = selectionOf(stops, { op: '=', args: [prop('sheltered'), true] });
        const tile = decodeTile(await adapters.tiles.tile(stops, { tile: { z: 0, x: 0, y: 0 }, filter: selection.filter, properties: [stops.queryables.find('Name')!], featureCap: 15000 }));
        expect(tile[stops.id].map((f) => f.id).sort((a, b) => a - b)).toEqual([1, 2, 4, 7]);
        expect(Object.keys(tile[stops.id][0].properties)).toEqual(['Name']);
        expect((await adapters.tiles.tile(stops, { tile: { z: 3, x: 0, y: 0 }, filter: null, properties: null, featureCap: 15000 })).length).toBe(0);
      });

      it('keeps the largest polygons first when the cap is reached', async () => {
        const districts = await adapters.createLayer([{ name: 'kind', column: 'kind', type: 'text' }], 'polygon', DISTRICTS);
        // z10 tile 544/355 holds all three districts; at z0 they would collapse below a pixel.
        const all = decodeTile(await adapters.tiles.tile(districts, { tile: { z: 10, x: 544, y: 355 }, filter: null, properties: null, featureCap: 15000 }));
        expect(all[districts.id]).toHaveLength(3);
        const tile = decodeTile(await adapters.tiles.tile(districts, { tile: { z: 10, x: 544, y: 355 }, filter: null, properties: null, featureCap: 2 }));
        expect(tile[districts.id].map((f) => f.properties.kind).sort()).toEqual(['large', 'medium']);
      });
    });
  });
}

export { queryablesOf };
