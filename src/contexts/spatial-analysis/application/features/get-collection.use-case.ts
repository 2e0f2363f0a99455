import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import type { FeatureLayerAccess, OpenedLayer } from './feature-layer-access';

/** One collection (a layer the caller may read) with its columns, for the collection and queryables documents. */
export class GetCollection {
  constructor(private readonly layers: FeatureLayerAccess) {}

  execute(principal: Principal, layerId: string): Promise<Result<OpenedLayer, DomainError>> {
    return this.layers.open(principal, layerId);
  }
}
