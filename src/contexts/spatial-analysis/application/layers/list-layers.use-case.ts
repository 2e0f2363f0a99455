import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import type { FeatureLayerType, Layer, LayerType } from '../../domain/layers/layer';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { SharedItems } from '../../ports/shared-items.port';

export interface ListLayersInput {
  readonly folderId?: string;
  readonly types?: readonly LayerType[];
  readonly featureLayerTypes?: readonly FeatureLayerType[];
  readonly search?: string;
  readonly page: PageRequest;
}

/** The caller's own layers and those shared with them (directly, via team, organization or folder). */
export class ListLayers {
  constructor(
    private readonly layers: LayerRepository,
    private readonly shared: SharedItems,
  ) {}

  async execute(principal: Principal, input: ListLayersInput): Promise<Page<Layer>> {
    const shared = await this.shared.sharedWith(principal);
    return this.layers.list({ ownerId: principal.id, sharedWithCaller: shared.layers, ...input });
  }
}
