import type { Plan } from '../domain/plan';

/** The plans on offer (seeded by migration, adjustable there). */
export interface PlanCatalogue {
  all(): Promise<Plan[]>;
  byName(name: string): Promise<Plan | null>;
}

export const PLAN_CATALOGUE: unique symbol = Symbol('PlanCatalogue');
