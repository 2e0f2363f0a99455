import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { featureIdOf } from '../../domain/features/feature-layer';
import { FeatureErrors } from '../../domain/features/features.errors';
import type { FeatureEditor } from '../../ports/features/feature-editor.port';
import type { FeatureLayerAccess } from './feature-layer-access';

export class DeleteFeature {
  constructor(
    private readonly layers: FeatureLayerAccess,
    private readonly editor: FeatureEditor,
  ) {}

  async execute(principal: Principal, layerId: string, rawFeatureId: string): Promise<Result<void, DomainError>> {
    const opened = await this.layers.open(principal, layerId, 'update');
    if (!opened.ok) return opened;
    const id = featureIdOf(rawFeatureId);
    const deleted = id !== null && (await this.editor.delete(opened.value.features, id));
    return deleted ? ok(undefined) : err(FeatureErrors.featureNotFound());
  }
}
