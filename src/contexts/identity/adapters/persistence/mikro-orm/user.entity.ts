import { EntitySchema } from '@mikro-orm/core';

/** The stored shape of a user (identity.user); mapped to and from the domain's User. */
export class UserRecord {
  id!: string;
  email!: string | null;
  firstname!: string | null;
  lastname!: string | null;
  avatar!: string | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const UserSchema = new EntitySchema<UserRecord>({
  class: UserRecord,
  tableName: 'user',
  schema: 'identity',
  properties: {
    id: { type: 'text', primary: true },
    email: { type: 'text', nullable: true },
    firstname: { type: 'text', nullable: true },
    lastname: { type: 'text', nullable: true },
    avatar: { type: 'text', nullable: true },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    updatedAt: { type: 'Date', fieldName: 'updated_at' },
  },
});
