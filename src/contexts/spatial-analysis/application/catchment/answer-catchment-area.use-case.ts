import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Result } from '../../../../shared-kernel/result';
import { catchmentAreaFrom, type CatchmentAreaRequest } from '../../domain/catchment/catchment-area';
import type { ScenarioEdits } from '../../ports/catchment/scenario-edits.port';
import type { ComputeCatchmentArea, ComputedCatchmentArea } from './compute-catchment-area.use-case';

/**
 * The synchronous "what can I reach from here" answer: no project, nothing saved. Order of refusals:
 * the request's own limits, then the scenario, then engine availability (inside the computation).
 */
export class AnswerCatchmentArea {
  constructor(
    private readonly compute: ComputeCatchmentArea,
    private readonly scenarios: ScenarioEdits,
  ) {}

  async execute(request: CatchmentAreaRequest): Promise<Result<ComputedCatchmentArea, DomainError>> {
    const valid = catchmentAreaFrom(request);
    if (!valid.ok) return valid;
    if (!request.scenarioId) return this.compute.execute(request);
    const edits = await this.scenarios.editsOf(null, request.scenarioId);
    if (!edits.ok) return edits;
    return this.compute.execute({ ...request, edits: edits.value });
  }
}
