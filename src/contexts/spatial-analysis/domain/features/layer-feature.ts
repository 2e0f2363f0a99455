import type { Geometry } from 'geojson';
import type { FeatureId } from './feature-layer';

/** One stored feature: properties keyed by the planner's attribute names. */
export interface LayerFeature {
  readonly id: FeatureId;
  readonly geometry: Geometry | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A feature to store: what POST/PUT bring, already checked against the layer. */
export interface FeatureContent {
  readonly geometry: Geometry | null;
  readonly properties: Readonly<Record<string, unknown>>;
}
