import { EntitySchema } from '@mikro-orm/core';

export class InvitationRecord {
  id!: string;
  organizationId!: string;
  email!: string;
  role!: string;
  status!: string;
  invitedBy!: string;
  expiresAt!: Date;
  createdAt!: Date;
  updatedAt!: Date;
}

export const InvitationSchema = new EntitySchema<InvitationRecord>({
  class: InvitationRecord,
  tableName: 'invitation',
  schema: 'authorization',
  properties: {
    id: { type: 'uuid', primary: true },
    organizationId: { type: 'uuid', fieldName: 'organization_id' },
    email: { type: 'text' },
    role: { type: 'text' },
    status: { type: 'text' },
    invitedBy: { type: 'text', fieldName: 'invited_by' },
    expiresAt: { type: 'Date', fieldName: 'expires_at' },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    updatedAt: { type: 'Date', fieldName: 'updated_at' },
  },
});
