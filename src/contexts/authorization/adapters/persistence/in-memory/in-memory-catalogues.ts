import { defaultPermissionRows, PermissionTable } from '../../../domain/permissions';
import { DEFAULT_PLANS, type Plan } from '../../../domain/plan';
import type { PermissionCatalogue } from '../../../ports/permission-catalogue.port';
import type { PlanCatalogue } from '../../../ports/plan-catalogue.port';

/** The seeded permission table, without a database. */
export class InMemoryPermissionCatalogue implements PermissionCatalogue {
  private readonly loaded = new PermissionTable(defaultPermissionRows());

  async table(): Promise<PermissionTable> {
    return this.loaded;
  }
}

/** The seeded plans, without a database. */
export class InMemoryPlanCatalogue implements PlanCatalogue {
  constructor(private readonly plans: readonly Plan[] = DEFAULT_PLANS) {}

  async all(): Promise<Plan[]> {
    return structuredClone([...this.plans]);
  }

  async byName(name: string): Promise<Plan | null> {
    const plan = this.plans.find((candidate) => candidate.name === name);
    return plan ? structuredClone(plan) : null;
  }
}
