import { EntitySchema } from '@mikro-orm/core';

/** The seeded role -> permission rows and plans (read-only here; migrations write them). */
export class RolePermissionRecord {
  role!: string;
  permission!: string;
}

export const RolePermissionSchema = new EntitySchema<RolePermissionRecord>({
  class: RolePermissionRecord,
  tableName: 'role_permission',
  schema: 'authorization',
  properties: {
    role: { type: 'text', primary: true },
    permission: { type: 'text', primary: true },
  },
});

export class PlanRecord {
  name!: string;
  position!: number;
  totalProjects!: number;
  totalStorage!: string;
  totalCredits!: number;
  totalEditors!: number;
  totalViewers!: number;
  features!: string[];
}

export const PlanSchema = new EntitySchema<PlanRecord>({
  class: PlanRecord,
  tableName: 'plan',
  schema: 'authorization',
  properties: {
    name: { type: 'text', primary: true },
    position: { type: 'integer' },
    totalProjects: { type: 'integer', fieldName: 'total_projects' },
    totalStorage: { type: 'bigint', fieldName: 'total_storage' },
    totalCredits: { type: 'integer', fieldName: 'total_credits' },
    totalEditors: { type: 'integer', fieldName: 'total_editors' },
    totalViewers: { type: 'integer', fieldName: 'total_viewers' },
    features: { type: 'text[]' },
  },
});
