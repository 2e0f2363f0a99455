import { EntitySchema } from '@mikro-orm/core';

/** The stored shape of a folder; mapped to and from the domain's Folder by the repository. */
export class FolderRecord {
  id!: string;
  userId!: string;
  name!: string;
  isHome!: boolean;
  createdAt!: Date;
  updatedAt!: Date;
}

export const FolderSchema = new EntitySchema<FolderRecord>({
  class: FolderRecord,
  tableName: 'folder',
  schema: 'spatial_analysis',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'text', fieldName: 'user_id' },
    name: { type: 'text' },
    isHome: { type: 'boolean', fieldName: 'is_home' },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    updatedAt: { type: 'Date', fieldName: 'updated_at' },
  },
});
