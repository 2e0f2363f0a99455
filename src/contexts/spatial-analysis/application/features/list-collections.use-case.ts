import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Layer } from '../../domain/layers/layer';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';

/** The caller's feature layers and tables as OGC collections, most recently changed first. */
export class ListCollections {
  constructor(private readonly layers: LayerRepository) {}

  execute(principal: Principal, page: PageRequest): Promise<Page<Layer>> {
    return this.layers.list({ ownerId: principal.id, types: ['feature', 'table'], page });
  }
}
