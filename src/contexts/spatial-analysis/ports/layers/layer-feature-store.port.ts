import type { Geometry } from 'geojson';
import type { GeometryKind } from '../../domain/layers/layer';
import type { LayerAttribute } from '../../domain/layers/layer-attributes';

/** One record as it comes from a file or goes to one: properties keyed by the planner's names. */
export interface SourceFeature {
  readonly geometry: Geometry | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** Features in EPSG:4326, of one geometry kind (or none, for tables), with typed attributes. */
export interface FeatureSource {
  readonly geometryType: GeometryKind | null;
  readonly attributes: readonly LayerAttribute[];
  features(): AsyncIterable<SourceFeature>;
}

export interface StoredFeatures {
  readonly featureCount: number;
  /** Invalid geometries that were made valid on the way in (null when the store cannot tell). */
  readonly repairedGeometries: number | null;
  /** Features dropped because no valid geometry of the layer's kind was left after repair. */
  readonly droppedGeometries: number;
  /** Bounding polygon in EPSG:4326, null for tables and empty layers. */
  readonly extent: Geometry | null;
  readonly sizeBytes: number;
}

/**
 * The rows of feature layers and tables, in domain terms. PostGIS keeps one typed table per layer;
 * memory keeps arrays. Features/tiles will add filtered reads here.
 */
export interface LayerFeatureStore {
  /** All or nothing: either every feature is stored, or nothing is (and the error is thrown). */
  create(layerId: string, source: FeatureSource): Promise<StoredFeatures>;
  /** Idempotent. */
  drop(layerId: string): Promise<void>;
  exists(layerId: string): Promise<boolean>;
  summary(layerId: string): Promise<StoredFeatures | null>;
  /** Every feature in storage order; properties keyed by the attributes' original names. */
  read(layerId: string, attributes: readonly LayerAttribute[]): AsyncIterable<SourceFeature>;
}

export const LAYER_FEATURE_STORE: unique symbol = Symbol('LayerFeatureStore');
