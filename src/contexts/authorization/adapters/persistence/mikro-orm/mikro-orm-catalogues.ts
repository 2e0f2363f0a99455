import type { EntityManager } from '@mikro-orm/core';
import { PermissionTable } from '../../../domain/permissions';
import { FEATURES, type Feature, type Plan } from '../../../domain/plan';
import type { PermissionCatalogue } from '../../../ports/permission-catalogue.port';
import type { PlanCatalogue } from '../../../ports/plan-catalogue.port';
import { PlanSchema, RolePermissionSchema, type PlanRecord } from './catalogue.entity';

// Only migrations change the table, so a short cache spares every decision a query.
const CACHE_MS = 60_000;

export class MikroOrmPermissionCatalogue implements PermissionCatalogue {
  private cached: { table: Promise<PermissionTable>; at: number } | null = null;

  constructor(private readonly em: EntityManager) {}

  table(): Promise<PermissionTable> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      const table = this.em.fork().find(RolePermissionSchema, {}).then((rows) => new PermissionTable(rows));
      this.cached = { table, at: Date.now() };
      table.catch(() => (this.cached = null));
    }
    return this.cached.table;
  }
}

const toPlan = (record: PlanRecord): Plan => ({
  name: record.name,
  totals: {
    projects: record.totalProjects,
    storage: Number(record.totalStorage),
    credits: record.totalCredits,
    editors: record.totalEditors,
    viewers: record.totalViewers,
  },
  features: record.features.filter((feature): feature is Feature => (FEATURES as readonly string[]).includes(feature)),
});

export class MikroOrmPlanCatalogue implements PlanCatalogue {
  constructor(private readonly em: EntityManager) {}

  async all(): Promise<Plan[]> {
    return (await this.em.fork().find(PlanSchema, {}, { orderBy: { position: 'asc' } })).map(toPlan);
  }

  async byName(name: string): Promise<Plan | null> {
    const record = await this.em.fork().findOne(PlanSchema, { name });
    return record ? toPlan(record) : null;
  }
}
