import { EntitySchema } from '@mikro-orm/core';

export interface StoredJobStep {
  status: string;
  started_at: string | null;
  ended_at: string | null;
  message: string | null;
}

export class JobRecord {
  id!: string;
  userId!: string;
  projectId!: string | null;
  type!: string;
  statusSimple!: string;
  status!: Record<string, StoredJobStep>;
  progress!: number;
  layerIds!: string[];
  msgSimple!: string | null;
  errorCode!: string | null;
  read!: boolean;
  payload!: Record<string, unknown>;
  result!: Record<string, unknown> | null;
  createdAt!: Date;
  updatedAt!: Date;
  heartbeatAt!: Date | null;
}

export const JobSchema = new EntitySchema<JobRecord>({
  class: JobRecord,
  tableName: 'job',
  schema: 'spatial_analysis',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'text', fieldName: 'user_id' },
    projectId: { type: 'uuid', nullable: true, fieldName: 'project_id' },
    type: { type: 'text' },
    statusSimple: { type: 'text', fieldName: 'status_simple' },
    status: { type: 'json' },
    progress: { type: 'smallint' },
    layerIds: { type: 'json', fieldName: 'layer_ids' },
    msgSimple: { type: 'text', nullable: true, fieldName: 'msg_simple' },
    errorCode: { type: 'text', nullable: true, fieldName: 'error_code' },
    read: { type: 'boolean' },
    payload: { type: 'json' },
    result: { type: 'json', nullable: true },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    updatedAt: { type: 'Date', fieldName: 'updated_at' },
    heartbeatAt: { type: 'Date', nullable: true, fieldName: 'heartbeat_at' },
  },
});
