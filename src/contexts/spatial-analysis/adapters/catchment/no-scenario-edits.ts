import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, type Result } from '../../../../shared-kernel/result';
import { scenarioNotFound } from '../../domain/catchment/catchment.errors';
import type { NetworkEdits } from '../../domain/routing/network-edits';
import type { ScenarioEdits } from '../../ports/catchment/scenario-edits.port';

/** Scenarios do not exist yet: every scenario id names nothing (422), never a silent base-network answer. */
export class NoScenarioEdits implements ScenarioEdits {
  async editsOf(_projectId: string | null, scenarioId: string): Promise<Result<NetworkEdits, DomainError>> {
    return err(scenarioNotFound(scenarioId));
  }
}
