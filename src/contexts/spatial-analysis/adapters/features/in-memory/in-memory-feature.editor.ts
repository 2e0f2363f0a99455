import type { Geometry } from 'geojson';
import { asStoredType, storedGeometryType } from '../../../domain/layers/layer-geometry';
import type { FeatureId, FeatureLayer } from '../../../domain/features/feature-layer';
import type { FeatureContent, LayerFeature } from '../../../domain/features/layer-feature';
import type { EditOutcome, FeatureEditor } from '../../../ports/features/feature-editor.port';
import type { InMemoryLayerRows } from './in-memory-layer-rows';

/** Edits the in-memory store's rows; new features take the next number, as in the PostGIS table. */
export class InMemoryFeatureEditor implements FeatureEditor {
  constructor(private readonly store: InMemoryLayerRows) {}

  async insert(layer: FeatureLayer, content: FeatureContent): Promise<EditOutcome> {
    const rows = this.store.rows(layer.id);
    if (!rows) return { kind: 'not-found' };
    const geometry = this.stored(layer, rows, content.geometry);
    if (typeof geometry === 'string') return { kind: 'invalid-geometry', reason: geometry };
    const feature: LayerFeature = { id: Math.max(0, ...rows.map((r) => r.id)) + 1, geometry, properties: this.complete(layer, content) };
    this.store.write(layer.id, [...rows, feature]);
    return { kind: 'saved', feature: structuredClone(feature) };
  }

  async replace(layer: FeatureLayer, id: FeatureId, content: FeatureContent): Promise<EditOutcome> {
    const rows = this.store.rows(layer.id);
    const index = rows?.findIndex((r) => r.id === id) ?? -1;
    if (!rows || index < 0) return { kind: 'not-found' };
    const geometry = this.stored(layer, rows, content.geometry);
    if (typeof geometry === 'string') return { kind: 'invalid-geometry', reason: geometry };
    const feature: LayerFeature = { id, geometry, properties: this.complete(layer, content) };
    this.store.write(layer.id, rows.map((r, i) => (i === index ? feature : r)));
    return { kind: 'saved', feature: structuredClone(feature) };
  }

  async delete(layer: FeatureLayer, id: FeatureId): Promise<boolean> {
    const rows = this.store.rows(layer.id);
    if (!rows || !rows.some((r) => r.id === id)) return false;
    this.store.write(layer.id, rows.filter((r) => r.id !== id));
    return true;
  }

  private complete(layer: FeatureLayer, content: FeatureContent): Record<string, unknown> {
    return Object.fromEntries(layer.attributes.map((a) => [a.name, structuredClone(content.properties[a.name] ?? null)]));
  }

  /** The layer's stored type (multi lines and polygons; points as the layer already holds them). */
  private stored(layer: FeatureLayer, rows: readonly LayerFeature[], geometry: Geometry | null): Geometry | null | string {
    if (!layer.geometryType || !geometry) return null;
    const multiPoints = rows.some((r) => r.geometry?.type === 'MultiPoint');
    if (layer.geometryType === 'point' && !multiPoints && geometry.type === 'MultiPoint') {
      if (geometry.coordinates.length !== 1) return 'this layer stores single points, not multipoints';
      return { type: 'Point', coordinates: geometry.coordinates[0] };
    }
    return structuredClone(asStoredType(geometry, storedGeometryType(layer.geometryType, multiPoints)));
  }
}
