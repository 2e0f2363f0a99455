import { EntitySchema } from '@mikro-orm/core';

/** The stored shape of a user's system settings (identity.system_setting). */
export class UserSettingsRecord {
  userId!: string;
  clientTheme!: string;
  preferredLanguage!: string;
  unit!: string;
}

export const UserSettingsSchema = new EntitySchema<UserSettingsRecord>({
  class: UserSettingsRecord,
  tableName: 'system_setting',
  schema: 'identity',
  properties: {
    userId: { type: 'text', primary: true, fieldName: 'user_id' },
    clientTheme: { type: 'text', fieldName: 'client_theme' },
    preferredLanguage: { type: 'text', fieldName: 'preferred_language' },
    unit: { type: 'text' },
  },
});
