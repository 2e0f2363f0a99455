import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, type Result } from '../../../../shared-kernel/result';
import { checkedContent } from '../../domain/features/feature-content';
import { featureIdOf } from '../../domain/features/feature-layer';
import { FeatureErrors } from '../../domain/features/features.errors';
import type { LayerFeature } from '../../domain/features/layer-feature';
import type { FeatureEditor } from '../../ports/features/feature-editor.port';
import type { LayerFeatureReader } from '../../ports/features/layer-feature-reader.port';
import { featureOrError } from './edit-outcome';
import type { FeatureLayerAccess } from './feature-layer-access';

/** PUT replaces a feature whole (absent attributes become null); PATCH changes only what it names. */
export class UpdateFeature {
  constructor(
    private readonly layers: FeatureLayerAccess,
    private readonly reader: LayerFeatureReader,
    private readonly editor: FeatureEditor,
  ) {}

  async execute(principal: Principal, layerId: string, rawFeatureId: string, body: { geometry?: unknown; properties?: unknown }, mode: 'replace' | 'patch'): Promise<Result<LayerFeature, DomainError>> {
    const opened = await this.layers.open(principal, layerId, 'update');
    if (!opened.ok) return opened;
    const id = featureIdOf(rawFeatureId);
    if (id === null) return err(FeatureErrors.featureNotFound());
    const layer = opened.value.features;
    let base: LayerFeature | null = null;
    if (mode === 'patch') {
      base = await this.reader.item(layer, id);
      if (!base) return err(FeatureErrors.featureNotFound());
    }
    const content = checkedContent(layer, body, base);
    if (!content.ok) return content;
    return featureOrError(await this.editor.replace(layer, id, content.value));
  }
}
