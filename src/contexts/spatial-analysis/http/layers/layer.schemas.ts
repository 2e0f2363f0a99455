import { z } from 'zod';
import { pageOfSchema, pageQuery, uuidParam } from '../../../../shared-kernel/http-schemas';
import { FEATURE_LAYER_TYPES, LAYER_TYPES, type Layer } from '../../domain/layers/layer';
import { attributeMappingOf } from '../../domain/layers/layer-attributes';

const jsonObject = z.record(z.string(), z.unknown());
const tags = z.array(z.string().trim().min(1).max(100)).max(50);

export const layerIdParams = z.object({ layer_id: uuidParam });

export const layerMetadataFields = {
  description: z.string().max(10_000).nullable().optional(),
  tags: tags.optional(),
  license: z.string().max(255).nullable().optional(),
  attribution: z.string().max(1000).nullable().optional(),
  data_reference_year: z.number().int().min(1000).max(3000).nullable().optional(),
};

export const layerUpdateBody = z.object({
  name: z.string().trim().min(1).max(255).optional(),
  folder_id: uuidParam.optional(),
  properties: jsonObject.optional(),
  other_properties: jsonObject.optional(),
  ...layerMetadataFields,
});

export const rasterLayerBody = z.object({
  folder_id: uuidParam,
  name: z.string().trim().min(1).max(255),
  url: z.string().min(1).max(2000),
  data_type: z.enum(['wms', 'wmts', 'xyz']),
  ...layerMetadataFields,
});

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item).optional());

export const layerListBody = z
  .object({
    folder_id: uuidParam.optional(),
    type: oneOrMany(z.enum(LAYER_TYPES as [string, ...string[]])),
    feature_layer_type: oneOrMany(z.enum(FEATURE_LAYER_TYPES as [string, ...string[]])),
    search: z.string().max(255).optional(),
  })
  .default({});
export const layerListQuery = pageQuery;

export const layerResponse = z.object({
  id: z.uuid(),
  user_id: z.string(),
  folder_id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  tags: z.array(z.string()),
  license: z.string().nullable(),
  attribution: z.string().nullable(),
  data_reference_year: z.number().int().nullable(),
  type: z.enum(['feature', 'table', 'raster']),
  feature_layer_type: z.enum(['standard', 'tool', 'street_network']).nullable(),
  feature_layer_geometry_type: z.enum(['point', 'line', 'polygon']).nullable(),
  attribute_mapping: z.record(z.string(), z.string()),
  attribute_types: z.record(z.string(), z.string()),
  properties: jsonObject,
  other_properties: jsonObject,
  extent: jsonObject.nullable(),
  size: z.number().int(),
  feature_count: z.number().int(),
  url: z.string().nullable(),
  data_type: z.string().nullable(),
  upload_file_type: z.string().nullable(),
  upload_reference_system: z.string().nullable(),
  job_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export const layerPageResponse = pageOfSchema(layerResponse);

export const toLayerResponse = (layer: Layer): z.infer<typeof layerResponse> => ({
  id: layer.id,
  user_id: layer.ownerId,
  folder_id: layer.folderId,
  name: layer.name,
  description: layer.description,
  tags: [...layer.tags],
  license: layer.license,
  attribution: layer.attribution,
  data_reference_year: layer.dataReferenceYear,
  type: layer.type,
  feature_layer_type: layer.featureLayerType,
  feature_layer_geometry_type: layer.geometryType,
  attribute_mapping: attributeMappingOf(layer.data.attributes),
  attribute_types: Object.fromEntries(layer.data.attributes.map((attribute) => [attribute.column, attribute.type])),
  properties: { ...layer.properties },
  other_properties: { ...layer.otherProperties },
  extent: layer.data.extent ? ({ ...layer.data.extent } as Record<string, unknown>) : null,
  size: layer.data.sizeBytes,
  feature_count: layer.data.featureCount,
  url: layer.url,
  data_type: layer.dataType,
  upload_file_type: layer.data.uploadFileType,
  upload_reference_system: layer.data.uploadReferenceSystem,
  job_id: layer.jobId,
  created_at: layer.createdAt.toISOString(),
  updated_at: layer.updatedAt.toISOString(),
});
