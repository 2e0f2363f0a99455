import { ArrayType, EntitySchema } from '@mikro-orm/core';

export class ProjectRecord {
  id!: string;
  userId!: string;
  folderId!: string;
  name!: string;
  description!: string | null;
  tags!: string[];
  basemap!: string | null;
  layerOrder!: number[];
  thumbnailUrl!: string | null;
  builderConfig!: Record<string, unknown>;
  createdAt!: Date;
  updatedAt!: Date;
}

export const ProjectSchema = new EntitySchema<ProjectRecord>({
  class: ProjectRecord,
  tableName: 'project',
  schema: 'spatial_analysis',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'text', fieldName: 'user_id' },
    folderId: { type: 'uuid', fieldName: 'folder_id' },
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    tags: { type: 'json' },
    basemap: { type: 'text', nullable: true },
    layerOrder: { type: new ArrayType((item) => Number(item)), columnType: 'integer[]', fieldName: 'layer_order' },
    thumbnailUrl: { type: 'text', nullable: true, fieldName: 'thumbnail_url' },
    builderConfig: { type: 'json', fieldName: 'builder_config' },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    updatedAt: { type: 'Date', fieldName: 'updated_at' },
  },
});

export class UserProjectRecord {
  projectId!: string;
  userId!: string;
  initialViewState!: Record<string, number>;
}

export const UserProjectSchema = new EntitySchema<UserProjectRecord>({
  class: UserProjectRecord,
  tableName: 'user_project',
  schema: 'spatial_analysis',
  properties: {
    projectId: { type: 'uuid', primary: true, fieldName: 'project_id' },
    userId: { type: 'text', primary: true, fieldName: 'user_id' },
    initialViewState: { type: 'json', fieldName: 'initial_view_state' },
  },
});
