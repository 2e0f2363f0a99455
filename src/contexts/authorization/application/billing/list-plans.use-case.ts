import type { Plan } from '../../domain/plan';
import type { PlanCatalogue } from '../../ports/plan-catalogue.port';

export class ListPlans {
  constructor(private readonly plans: PlanCatalogue) {}

  execute(): Promise<Plan[]> {
    return this.plans.all();
  }
}
