import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Result } from '../../../../shared-kernel/result';
import type { NetworkEdits } from '../../domain/routing/network-edits';

/** The street edits of a planner's scenario, looked up within a project (null for the synchronous API). */
export interface ScenarioEdits {
  /** A scenario that is not one of the project's is `catchment.scenario-not-found` (422). */
  editsOf(projectId: string | null, scenarioId: string): Promise<Result<NetworkEdits, DomainError>>;
}

export const SCENARIO_EDITS: unique symbol = Symbol('ScenarioEdits');
