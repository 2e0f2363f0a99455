import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Layer } from '../../domain/layers/layer';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { SharedItems } from '../../ports/shared-items.port';

/** Feature layers and tables the caller owns or has been shared, as OGC collections. */
export class ListCollections {
  constructor(
    private readonly layers: LayerRepository,
    private readonly shared: SharedItems,
  ) {}

  async execute(principal: Principal, page: PageRequest): Promise<Page<Layer>> {
    const shared = await this.shared.sharedWith(principal);
    return this.layers.list({ ownerId: principal.id, sharedWithCaller: shared.layers, types: ['feature', 'table'], page });
  }
}
