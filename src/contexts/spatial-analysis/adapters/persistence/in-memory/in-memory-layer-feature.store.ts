import type { Geometry } from 'geojson';
import { asStoredType, envelopeOf, geometryKindOf, storedGeometryType } from '../../../domain/layers/layer-geometry';
import type { LayerAttribute } from '../../../domain/layers/layer-attributes';
import type { FeatureSource, LayerFeatureStore, SourceFeature, StoredFeatures } from '../../../ports/layers/layer-feature-store.port';

interface StoredLayer {
  readonly attributes: readonly LayerAttribute[];
  readonly features: readonly SourceFeature[];
  readonly summary: StoredFeatures;
}

/**
 * Rows in arrays, for the embedded default. It cannot repair invalid geometries (PostGIS's
 * ST_MakeValid), so it reports that it could not tell (`repairedGeometries: null`).
 */
export class InMemoryLayerFeatureStore implements LayerFeatureStore {
  private readonly layers = new Map<string, StoredLayer>();

  async create(layerId: string, source: FeatureSource): Promise<StoredFeatures> {
    if (this.layers.has(layerId)) throw new Error(`Layer ${layerId} already has stored features`);
    const read: SourceFeature[] = [];
    let hasMultiPoints = false;
    let dropped = 0;
    for await (const feature of source.features()) {
      if (source.geometryType && (!feature.geometry || geometryKindOf(feature.geometry) !== source.geometryType)) {
        dropped++;
        continue;
      }
      if (feature.geometry?.type === 'MultiPoint') hasMultiPoints = true;
      read.push({ geometry: source.geometryType ? feature.geometry : null, properties: this.typed(feature.properties, source.attributes) });
    }
    const target = source.geometryType ? storedGeometryType(source.geometryType, hasMultiPoints) : null;
    const features = read.map((feature) => ({ ...feature, geometry: feature.geometry && target ? asStoredType(feature.geometry, target) : null }));
    const summary: StoredFeatures = {
      featureCount: features.length,
      repairedGeometries: null,
      droppedGeometries: dropped,
      extent: envelopeOf(features.flatMap((feature) => (feature.geometry ? [feature.geometry as Geometry] : []))),
      sizeBytes: Buffer.byteLength(JSON.stringify(features)),
    };
    this.layers.set(layerId, { attributes: structuredClone(source.attributes), features: structuredClone(features), summary });
    return summary;
  }

  async drop(layerId: string): Promise<void> {
    this.layers.delete(layerId);
  }

  async exists(layerId: string): Promise<boolean> {
    return this.layers.has(layerId);
  }

  async summary(layerId: string): Promise<StoredFeatures | null> {
    const stored = this.layers.get(layerId);
    return stored ? structuredClone(stored.summary) : null;
  }

  async *read(layerId: string, attributes: readonly LayerAttribute[]): AsyncIterable<SourceFeature> {
    const stored = this.layers.get(layerId);
    if (!stored) return;
    for (const feature of stored.features) {
      yield {
        geometry: feature.geometry ? structuredClone(feature.geometry) : null,
        properties: Object.fromEntries(attributes.map((attribute) => [attribute.name, feature.properties[attribute.name] ?? null])),
      };
    }
  }

  /** Values as the typed PostgreSQL columns would hand them back. */
  private typed(properties: Readonly<Record<string, unknown>>, attributes: readonly LayerAttribute[]): Record<string, unknown> {
    return Object.fromEntries(attributes.map((attribute) => [attribute.name, coerce(properties[attribute.name], attribute.type)]));
  }
}

function coerce(value: unknown, type: LayerAttribute['type']): unknown {
  if (value === undefined || value === null || value === '') return null;
  switch (type) {
    case 'integer': case 'bigint': {
      const number = Number(value);
      return Number.isInteger(number) ? number : null;
    }
    case 'number': {
      const number = Number(value);
      return Number.isFinite(number) ? number : null;
    }
    case 'boolean': return typeof value === 'boolean' ? value : ['true', '1', 'yes'].includes(String(value).toLowerCase());
    case 'json': return structuredClone(value);
    default: return String(value);
  }
}
