import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { GeometryKind, Layer } from '../layers/layer';
import type { LayerAttribute } from '../layers/layer-attributes';
import { FeatureErrors } from './features.errors';
import { queryablesOf, type LayerQueryables } from './queryables';

/** What serving a layer's features needs to know of it: its id, geometry kind and columns. */
export interface FeatureLayer {
  readonly id: string;
  readonly geometryType: GeometryKind | null;
  readonly attributes: readonly LayerAttribute[];
  readonly queryables: LayerQueryables;
}

/** Stored features are numbered from 1 in each layer (the table's integer key). */
export type FeatureId = number;

export function featureLayerOf(layer: Pick<Layer, 'id' | 'type' | 'geometryType' | 'data'>): Result<FeatureLayer, DomainError> {
  if (layer.type === 'raster') return err(FeatureErrors.layerHasNoFeatures());
  const geometryType = layer.type === 'feature' ? layer.geometryType : null;
  return ok({ id: layer.id, geometryType, attributes: layer.data.attributes, queryables: queryablesOf(layer.data.attributes, geometryType) });
}

/** A feature id from a URL: a positive integer, or nothing (which reads as "not found"). */
export function featureIdOf(raw: string): FeatureId | null {
  return /^[1-9][0-9]{0,15}$/.test(raw) && Number(raw) <= Number.MAX_SAFE_INTEGER ? Number(raw) : null;
}
