import type { Geometry } from 'geojson';
import type { InMemoryLayerFeatureStore } from '../../persistence/in-memory/in-memory-layer-feature.store';
import type { LayerFeature } from '../../../domain/features/layer-feature';

interface StoredLayerShape {
  readonly features: readonly { geometry: Geometry | null; properties: Record<string, unknown>; id?: number }[];
  readonly summary: { featureCount: number };
}

/**
 * The rows the in-memory layer store holds, numbered from 1 in storage order as the PostGIS table is,
 * for features, tiles and edits to share one state with imports and exports. It reaches into the
 * store's map (kept in a separate file so the store stays as its author wrote it); the check below
 * fails loudly if that shape ever changes.
 */
export class InMemoryLayerRows {
  constructor(private readonly store: InMemoryLayerFeatureStore) {}

  private layers(): Map<string, StoredLayerShape> {
    const layers = (this.store as unknown as { layers?: unknown }).layers;
    if (!(layers instanceof Map)) throw new Error('InMemoryLayerFeatureStore no longer keeps its layers in a map named "layers"');
    return layers as Map<string, StoredLayerShape>;
  }

  /** Every row of the layer (shared, not copied: callers copy what they hand out); null without a table. */
  rows(layerId: string): readonly LayerFeature[] | null {
    const stored = this.layers().get(layerId);
    if (!stored) return null;
    if (stored.features.some((f) => f.id === undefined)) {
      let next = Math.max(0, ...stored.features.map((f) => f.id ?? 0));
      this.layers().set(layerId, { ...stored, features: stored.features.map((f) => ({ ...f, id: f.id ?? ++next })) });
    }
    return (this.layers().get(layerId) as StoredLayerShape).features as LayerFeature[];
  }

  /** Replaces the layer's rows (edits), keeping the stored count in step. */
  write(layerId: string, rows: readonly LayerFeature[]): void {
    const stored = this.layers().get(layerId);
    if (!stored) throw new Error(`Layer ${layerId} has no stored features`);
    this.layers().set(layerId, { ...stored, features: rows.map((r) => ({ id: r.id, geometry: r.geometry, properties: { ...r.properties } })), summary: { ...stored.summary, featureCount: rows.length } });
  }
}
