import { EntitySchema } from '@mikro-orm/core';

/** Stored shapes of organizations and their members; mapped to the domain by the repository. */
export class OrganizationRecord {
  id!: string;
  name!: string;
  type!: string | null;
  size!: string | null;
  industry!: string | null;
  department!: string | null;
  useCase!: string | null;
  phone!: string | null;
  location!: string | null;
  avatar!: string | null;
  region!: string | null;
  newsletter!: boolean | null;
  createdAt!: Date;
  updatedAt!: Date;
}

const optionalText = { type: 'text', nullable: true } as const;

export const OrganizationSchema = new EntitySchema<OrganizationRecord>({
  class: OrganizationRecord,
  tableName: 'organization',
  schema: 'authorization',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    type: optionalText,
    size: optionalText,
    industry: optionalText,
    department: optionalText,
    useCase: { ...optionalText, fieldName: 'use_case' },
    phone: optionalText,
    location: optionalText,
    avatar: optionalText,
    region: optionalText,
    newsletter: { type: 'boolean', nullable: true },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    updatedAt: { type: 'Date', fieldName: 'updated_at' },
  },
});

export class OrganizationMemberRecord {
  userId!: string;
  organizationId!: string;
  email!: string | null;
  role!: string;
  joinedAt!: Date;
}

export const OrganizationMemberSchema = new EntitySchema<OrganizationMemberRecord>({
  class: OrganizationMemberRecord,
  tableName: 'organization_member',
  schema: 'authorization',
  properties: {
    userId: { type: 'text', primary: true, fieldName: 'user_id' },
    organizationId: { type: 'uuid', fieldName: 'organization_id' },
    email: { type: 'text', nullable: true },
    role: { type: 'text' },
    joinedAt: { type: 'Date', fieldName: 'joined_at' },
  },
});
