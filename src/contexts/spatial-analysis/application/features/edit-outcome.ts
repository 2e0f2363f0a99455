import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { FeatureErrors } from '../../domain/features/features.errors';
import type { LayerFeature } from '../../domain/features/layer-feature';
import type { EditOutcome } from '../../ports/features/feature-editor.port';

/** An editor's outcome in the use cases' terms. */
export function featureOrError(outcome: EditOutcome): Result<LayerFeature, DomainError> {
  switch (outcome.kind) {
    case 'saved': return ok(outcome.feature);
    case 'not-found': return err(FeatureErrors.featureNotFound());
    default: return err(FeatureErrors.invalidFeature([{ pointer: '/body/geometry', message: `is not a valid geometry: ${outcome.reason}` }]));
  }
}
