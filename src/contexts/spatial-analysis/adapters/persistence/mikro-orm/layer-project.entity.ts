import { EntitySchema } from '@mikro-orm/core';

export class LayerProjectRecord {
  id!: number;
  projectId!: string;
  layerId!: string;
  name!: string;
  group!: string | null;
  properties!: Record<string, unknown>;
  otherProperties!: Record<string, unknown>;
  query!: Record<string, unknown> | null;
  charts!: Record<string, unknown> | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const LayerProjectSchema = new EntitySchema<LayerProjectRecord>({
  class: LayerProjectRecord,
  tableName: 'layer_project',
  schema: 'spatial_analysis',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    projectId: { type: 'uuid', fieldName: 'project_id' },
    layerId: { type: 'uuid', fieldName: 'layer_id' },
    name: { type: 'text' },
    group: { type: 'text', nullable: true, fieldName: 'group' },
    properties: { type: 'json' },
    otherProperties: { type: 'json', fieldName: 'other_properties' },
    query: { type: 'json', nullable: true },
    charts: { type: 'json', nullable: true },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    updatedAt: { type: 'Date', fieldName: 'updated_at' },
  },
});

export class ProjectPublicRecord {
  projectId!: string;
  userId!: string;
  snapshot!: Record<string, unknown>;
  publishedAt!: Date;
}

export const ProjectPublicSchema = new EntitySchema<ProjectPublicRecord>({
  class: ProjectPublicRecord,
  tableName: 'project_public',
  schema: 'spatial_analysis',
  properties: {
    projectId: { type: 'uuid', primary: true, fieldName: 'project_id' },
    userId: { type: 'text', fieldName: 'user_id' },
    snapshot: { type: 'json' },
    publishedAt: { type: 'Date', fieldName: 'published_at' },
  },
});
