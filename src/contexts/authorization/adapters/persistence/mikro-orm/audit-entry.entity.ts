import { EntitySchema } from '@mikro-orm/core';

export class AuditEntryRecord {
  id!: string;
  organizationId!: string | null;
  actorId!: string;
  action!: string;
  subject!: string;
  details!: Record<string, unknown>;
  occurredAt!: Date;
}

export const AuditEntrySchema = new EntitySchema<AuditEntryRecord>({
  class: AuditEntryRecord,
  tableName: 'audit_entry',
  schema: 'authorization',
  properties: {
    id: { type: 'uuid', primary: true },
    organizationId: { type: 'text', nullable: true, fieldName: 'organization_id' },
    actorId: { type: 'text', fieldName: 'actor_id' },
    action: { type: 'text' },
    subject: { type: 'text' },
    details: { type: 'json' },
    occurredAt: { type: 'Date', fieldName: 'occurred_at' },
  },
});
