import type { FeatureId, FeatureLayer } from '../../domain/features/feature-layer';
import type { FeatureContent, LayerFeature } from '../../domain/features/layer-feature';

export type EditOutcome =
  | { readonly kind: 'saved'; readonly feature: LayerFeature }
  | { readonly kind: 'not-found' }
  /** The store found the geometry invalid (self-intersecting…); nothing was changed. */
  | { readonly kind: 'invalid-geometry'; readonly reason: string };

/** Changes to single features of a layer; each call is all or nothing. */
export interface FeatureEditor {
  insert(layer: FeatureLayer, content: FeatureContent): Promise<EditOutcome>;
  replace(layer: FeatureLayer, id: FeatureId, content: FeatureContent): Promise<EditOutcome>;
  /** False when there was no such feature. */
  delete(layer: FeatureLayer, id: FeatureId): Promise<boolean>;
}

export const FEATURE_EDITOR: unique symbol = Symbol('FeatureEditor');
