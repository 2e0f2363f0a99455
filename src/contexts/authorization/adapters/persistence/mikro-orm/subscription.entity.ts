import { EntitySchema } from '@mikro-orm/core';

export class SubscriptionRecord {
  accountKind!: string;
  accountId!: string;
  planName!: string;
  totalProjects!: number;
  usedProjects!: number;
  totalStorage!: string;
  usedStorage!: string;
  totalCredits!: number;
  usedCredits!: number;
  totalEditors!: number;
  usedEditors!: number;
  totalViewers!: number;
  usedViewers!: number;
  features!: string[];
  suspended!: boolean;
  onTrial!: boolean;
  renewsAt!: Date;
}

export const SubscriptionSchema = new EntitySchema<SubscriptionRecord>({
  class: SubscriptionRecord,
  tableName: 'subscription',
  schema: 'authorization',
  properties: {
    accountKind: { type: 'text', primary: true, fieldName: 'account_kind' },
    accountId: { type: 'text', primary: true, fieldName: 'account_id' },
    planName: { type: 'text', fieldName: 'plan_name' },
    totalProjects: { type: 'integer', fieldName: 'total_projects' },
    usedProjects: { type: 'integer', fieldName: 'used_projects' },
    totalStorage: { type: 'bigint', fieldName: 'total_storage' },
    usedStorage: { type: 'bigint', fieldName: 'used_storage' },
    totalCredits: { type: 'integer', fieldName: 'total_credits' },
    usedCredits: { type: 'integer', fieldName: 'used_credits' },
    totalEditors: { type: 'integer', fieldName: 'total_editors' },
    usedEditors: { type: 'integer', fieldName: 'used_editors' },
    totalViewers: { type: 'integer', fieldName: 'total_viewers' },
    usedViewers: { type: 'integer', fieldName: 'used_viewers' },
    features: { type: 'text[]' },
    suspended: { type: 'boolean' },
    onTrial: { type: 'boolean', fieldName: 'on_trial' },
    renewsAt: { type: 'Date', fieldName: 'renews_at' },
  },
});
