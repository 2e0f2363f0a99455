import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { featureIdOf } from '../../domain/features/feature-layer';
import { FeatureErrors } from '../../domain/features/features.errors';
import type { LayerFeature } from '../../domain/features/layer-feature';
import type { LayerFeatureReader } from '../../ports/features/layer-feature-reader.port';
import type { FeatureLayerAccess, FeatureReader, OpenedLayer } from './feature-layer-access';

/** One feature of a readable layer. */
export class GetFeature {
  constructor(
    private readonly layers: FeatureLayerAccess,
    private readonly reader: LayerFeatureReader,
  ) {}

  async execute(reader: FeatureReader, layerId: string, rawFeatureId: string): Promise<Result<OpenedLayer & { feature: LayerFeature }, DomainError>> {
    const opened = await this.layers.open(reader, layerId);
    if (!opened.ok) return opened;
    const id = featureIdOf(rawFeatureId);
    const feature = id === null ? null : await this.reader.item(opened.value.features, id);
    return feature ? ok({ ...opened.value, feature }) : err(FeatureErrors.featureNotFound());
  }
}
