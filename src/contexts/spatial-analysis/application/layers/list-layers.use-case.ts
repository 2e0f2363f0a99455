import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import type { FeatureLayerType, Layer, LayerType } from '../../domain/layers/layer';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';

export interface ListLayersInput {
  readonly folderId?: string;
  readonly types?: readonly LayerType[];
  readonly featureLayerTypes?: readonly FeatureLayerType[];
  readonly search?: string;
  readonly page: PageRequest;
}

/** The caller's own layers; shared and catalog layers join when the authorization context lands. */
export class ListLayers {
  constructor(private readonly layers: LayerRepository) {}

  execute(principal: Principal, input: ListLayersInput): Promise<Page<Layer>> {
    return this.layers.list({ ownerId: principal.id, ...input });
  }
}
