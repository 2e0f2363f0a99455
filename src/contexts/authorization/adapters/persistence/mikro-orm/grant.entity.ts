import { EntitySchema } from '@mikro-orm/core';

export class GrantRecord {
  resourceType!: string;
  resourceId!: string;
  resourceOwnerId!: string;
  granteeKind!: string;
  granteeId!: string;
  role!: string;
  grantedBy!: string;
  grantedAt!: Date;
}

export const GrantSchema = new EntitySchema<GrantRecord>({
  class: GrantRecord,
  tableName: 'resource_grant',
  schema: 'authorization',
  properties: {
    resourceType: { type: 'text', primary: true, fieldName: 'resource_type' },
    resourceId: { type: 'text', primary: true, fieldName: 'resource_id' },
    resourceOwnerId: { type: 'text', fieldName: 'resource_owner_id' },
    granteeKind: { type: 'text', primary: true, fieldName: 'grantee_kind' },
    granteeId: { type: 'text', primary: true, fieldName: 'grantee_id' },
    role: { type: 'text' },
    grantedBy: { type: 'text', fieldName: 'granted_by' },
    grantedAt: { type: 'Date', fieldName: 'granted_at' },
  },
});
