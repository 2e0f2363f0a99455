import type { DomainError } from '../../../../shared-kernel/domain-error';
import { ok, type Result } from '../../../../shared-kernel/result';
import { DEFAULT_ITEMS_LIMIT, type ItemsRequest } from '../../domain/features/feature-query';
import type { FeaturePage, LayerFeatureReader } from '../../ports/features/layer-feature-reader.port';
import type { FeatureLayerAccess, FeatureReader, OpenedLayer } from './feature-layer-access';
import { itemsRequestFor, type FeatureQueryInput } from './feature-request';

export interface FeaturesListed extends OpenedLayer {
  readonly request: ItemsRequest;
  readonly page: FeaturePage;
}

/** A page of a layer's features: bbox, CQL2 filter, sort, property selection, limit and offset. */
export class ListFeatures {
  constructor(
    private readonly layers: FeatureLayerAccess,
    private readonly reader: LayerFeatureReader,
  ) {}

  async execute(reader: FeatureReader, layerId: string, input: FeatureQueryInput): Promise<Result<FeaturesListed, DomainError>> {
    const opened = await this.layers.open(reader, layerId);
    if (!opened.ok) return opened;
    const request = itemsRequestFor(opened.value.features, input, { limit: DEFAULT_ITEMS_LIMIT });
    if (!request.ok) return request;
    return ok({ ...opened.value, request: request.value, page: await this.reader.items(opened.value.features, request.value) });
  }
}
