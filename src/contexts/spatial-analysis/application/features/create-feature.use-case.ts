import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import { checkedContent } from '../../domain/features/feature-content';
import type { LayerFeature } from '../../domain/features/layer-feature';
import type { FeatureEditor } from '../../ports/features/feature-editor.port';
import { featureOrError } from './edit-outcome';
import type { FeatureLayerAccess } from './feature-layer-access';

/** Adds a feature to a layer the caller may edit, checked against its columns and geometry type. */
export class CreateFeature {
  constructor(
    private readonly layers: FeatureLayerAccess,
    private readonly editor: FeatureEditor,
  ) {}

  async execute(principal: Principal, layerId: string, body: { geometry?: unknown; properties?: unknown }): Promise<Result<LayerFeature, DomainError>> {
    const opened = await this.layers.open(principal, layerId, 'update');
    if (!opened.ok) return opened;
    const content = checkedContent(opened.value.features, body);
    if (!content.ok) return content;
    return featureOrError(await this.editor.insert(opened.value.features, content.value));
  }
}
