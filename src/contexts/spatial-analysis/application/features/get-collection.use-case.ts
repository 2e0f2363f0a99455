import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Result } from '../../../../shared-kernel/result';
import type { FeatureLayerAccess, FeatureReader, OpenedLayer } from './feature-layer-access';

/** One collection (a layer the caller may read) with its columns, for the collection and queryables documents. */
export class GetCollection {
  constructor(private readonly layers: FeatureLayerAccess) {}

  execute(reader: FeatureReader, layerId: string): Promise<Result<OpenedLayer, DomainError>> {
    return this.layers.open(reader, layerId);
  }
}
