import type { TravelLimit } from '../routing/travel-limit';

/**
 * The cutoffs of a catchment area: max/steps, 2·max/steps … max. `cutoffs` are in the engine's unit
 * (seconds or metres), `labels` in the planner's (minutes or metres), as `travel_cost` shows them.
 */
export interface CatchmentSteps {
  readonly cutoffs: readonly number[];
  readonly labels: readonly number[];
}

export function catchmentSteps(limit: TravelLimit, steps: number): CatchmentSteps {
  const budget = limit.kind === 'time' ? limit.maxSeconds : limit.maxMetres;
  const labelBudget = limit.kind === 'time' ? limit.maxSeconds / 60 : limit.maxMetres;
  const indices = Array.from({ length: steps }, (_, i) => i + 1);
  // k·max/steps rather than k·(max/steps): the last cutoff is exactly the budget.
  return {
    cutoffs: indices.map((k) => (k * budget) / steps),
    labels: indices.map((k) => (k * labelBudget) / steps),
  };
}

/**
 * Index of the step a cost falls in (cost rounded up to the step), or -1 beyond the last cutoff.
 * A cost of 0 (the starting point) belongs to the first step.
 */
export function stepIndexOf(steps: CatchmentSteps, cost: number): number {
  if (!(cost >= 0)) return -1;
  return steps.cutoffs.findIndex((cutoff) => cost <= cutoff);
}
