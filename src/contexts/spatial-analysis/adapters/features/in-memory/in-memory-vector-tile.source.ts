import type { Feature, FeatureCollection } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { FeatureLayer } from '../../../domain/features/feature-layer';
import type { LayerFeature } from '../../../domain/features/layer-feature';
import { capWeight } from '../../../domain/features/tile-feature-cap';
import { tileBounds4326 } from '../../../domain/features/tile-matrix';
import type { TileRequest, VectorTileSource } from '../../../ports/features/vector-tile-source.port';
import { selected } from './in-memory-feature-selection';
import type { InMemoryLayerRows } from './in-memory-layer-rows';

const EXTENT = 4096;
const BUFFER = 64;

/** Tiles cut by geojson-vt and encoded by vt-pbf, from the features the tile's buffered bounds meet. */
export class InMemoryVectorTileSource implements VectorTileSource {
  constructor(private readonly store: InMemoryLayerRows) {}

  async tile(layer: FeatureLayer, request: TileRequest): Promise<Uint8Array> {
    if (!layer.geometryType) return new Uint8Array(0);
    const { z, x, y } = request.tile;
    let rows = selected(this.store.rows(layer.id) ?? [], { filter: request.filter, bbox: tileBounds4326(request.tile, BUFFER / EXTENT) });
    if (rows.length > request.featureCap) {
      rows = rows.map((row) => ({ row, weight: capWeight(row.geometry) })).sort((a, b) => b.weight - a.weight || a.row.id - b.row.id).slice(0, request.featureCap).map(({ row }) => row);
    }
    if (rows.length === 0) return new Uint8Array(0);
    const collection: FeatureCollection = { type: 'FeatureCollection', features: rows.map((row) => this.feature(layer, row, request)) };
    const index = new GeoJSONVT(collection, { maxZoom: z, indexMaxZoom: 0, indexMaxPoints: 0, extent: EXTENT, buffer: BUFFER });
    const tile = index.getTile(z, x, y);
    if (!tile || tile.features.length === 0) return new Uint8Array(0);
    return fromGeojsonVt({ [layer.id]: tile }, { version: 2, extent: EXTENT });
  }

  private feature(layer: FeatureLayer, row: LayerFeature, request: TileRequest): Feature {
    const chosen = request.properties ?? layer.queryables.all.filter((q) => q.type !== 'geometry');
    const properties: Record<string, unknown> = {};
    for (const q of chosen) {
      const value = row.properties[q.name];
      // MVT values are text, numbers and booleans; json goes as its text, absent values are left out.
      if (value !== null && value !== undefined) properties[q.name] = typeof value === 'object' ? JSON.stringify(value) : value;
    }
    return { type: 'Feature', id: row.id, geometry: row.geometry as Feature['geometry'], properties };
  }
}
