import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { Geometry } from '../../../../../shared-kernel/geometry';
import { GeometryType } from '../../../../../shared-kernel/geometry-column.type';

export class LayerRecord {
  id!: string;
  userId!: string;
  folderId!: string;
  name!: string;
  description!: string | null;
  tags!: string[];
  license!: string | null;
  attribution!: string | null;
  dataReferenceYear!: number | null;
  type!: string;
  featureLayerType!: string | null;
  featureLayerGeometryType!: string | null;
  attributes!: { name: string; column: string; type: string }[];
  featureCount!: number;
  size!: number;
  extent!: Geometry | null;
  uploadFileType!: string | null;
  uploadReferenceSystem!: string | null;
  properties!: Record<string, unknown>;
  otherProperties!: Record<string, unknown>;
  url!: string | null;
  dataType!: string | null;
  jobId!: string | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const LayerSchema = new EntitySchema<LayerRecord>({
  class: LayerRecord,
  tableName: 'layer',
  schema: 'spatial_analysis',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'text', fieldName: 'user_id' },
    folderId: { type: 'uuid', fieldName: 'folder_id' },
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    tags: { type: 'json' },
    license: { type: 'text', nullable: true },
    attribution: { type: 'text', nullable: true },
    dataReferenceYear: { type: 'integer', nullable: true, fieldName: 'data_reference_year' },
    type: { type: 'text' },
    featureLayerType: { type: 'text', nullable: true, fieldName: 'feature_layer_type' },
    featureLayerGeometryType: { type: 'text', nullable: true, fieldName: 'feature_layer_geometry_type' },
    attributes: { type: 'json' },
    featureCount: { type: new BigIntType('number'), fieldName: 'feature_count' },
    size: { type: new BigIntType('number') },
    extent: { type: GeometryType, nullable: true },
    uploadFileType: { type: 'text', nullable: true, fieldName: 'upload_file_type' },
    uploadReferenceSystem: { type: 'text', nullable: true, fieldName: 'upload_reference_system' },
    properties: { type: 'json' },
    otherProperties: { type: 'json', fieldName: 'other_properties' },
    url: { type: 'text', nullable: true },
    dataType: { type: 'text', nullable: true, fieldName: 'data_type' },
    jobId: { type: 'uuid', nullable: true, fieldName: 'job_id' },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    updatedAt: { type: 'Date', fieldName: 'updated_at' },
  },
});
