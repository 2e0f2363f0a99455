import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { featureLayerOf, type FeatureLayer } from '../../domain/features/feature-layer';
import type { Layer, LayerId } from '../../domain/layers/layer';
import { LayerErrors } from '../../domain/layers/layer.errors';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { WorkspaceAccess, WorkspaceAction } from '../../ports/workspace-access.port';
import { layerFor } from '../layers/layer-access';

export interface OpenedLayer {
  readonly layer: Layer;
  readonly features: FeatureLayer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A layer whose features the caller may act on: not readable (or not a layer id at all) is "not
 * found", readable but not editable is "forbidden", a raster layer has no features here.
 */
export class FeatureLayerAccess {
  constructor(
    private readonly layers: LayerRepository,
    private readonly access: WorkspaceAccess,
  ) {}

  async open(principal: Principal, id: string, action: WorkspaceAction = 'read'): Promise<Result<OpenedLayer, DomainError>> {
    if (!UUID.test(id)) return err(LayerErrors.notFound());
    const layer = await layerFor(this.layers, this.access, principal, id as LayerId, action);
    if (!layer.ok) return layer;
    const features = featureLayerOf(layer.value);
    return features.ok ? ok({ layer: layer.value, features: features.value }) : features;
  }
}
