import { EntitySchema } from '@mikro-orm/core';

export class TeamRecord {
  id!: string;
  name!: string;
  description!: string | null;
  avatar!: string | null;
  organizationId!: string | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const TeamSchema = new EntitySchema<TeamRecord>({
  class: TeamRecord,
  tableName: 'team',
  schema: 'authorization',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    avatar: { type: 'text', nullable: true },
    organizationId: { type: 'uuid', nullable: true, fieldName: 'organization_id' },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    updatedAt: { type: 'Date', fieldName: 'updated_at' },
  },
});

export class TeamMemberRecord {
  teamId!: string;
  userId!: string;
  role!: string;
  joinedAt!: Date;
}

export const TeamMemberSchema = new EntitySchema<TeamMemberRecord>({
  class: TeamMemberRecord,
  tableName: 'team_member',
  schema: 'authorization',
  properties: {
    teamId: { type: 'uuid', primary: true, fieldName: 'team_id' },
    userId: { type: 'text', primary: true, fieldName: 'user_id' },
    role: { type: 'text' },
    joinedAt: { type: 'Date', fieldName: 'joined_at' },
  },
});
