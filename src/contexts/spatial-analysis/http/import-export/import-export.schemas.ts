import { z } from 'zod';
import { uuidParam } from '../../../../shared-kernel/http-schemas';
import type { Dataset } from '../../domain/import-export/dataset';
import { EXPORT_FORMATS } from '../../domain/import-export/export-format';

export const crsCode = z.string().regex(/^EPSG:\d{4,6}$/i, 'an EPSG code such as EPSG:3857').transform((value) => value.toUpperCase());

export const uploadFields = z.object({ crs: crsCode.optional() });
export const uploadBody = z.object({ file: z.string().meta({ format: 'binary' }), crs: crsCode.optional() });

export const createLayerQuery = z.object({ project_id: uuidParam.optional() });
export const createLayerBody = z.object({
  dataset_id: uuidParam,
  folder_id: uuidParam,
  name: z.string().trim().min(1).max(255),
  description: z.string().max(10_000).nullable().optional(),
});

export const exportBody = z.object({
  file_type: z.enum(EXPORT_FORMATS as [string, ...string[]]),
  file_name: z.string().trim().min(1).max(100),
  crs: crsCode.optional(),
  query: z.record(z.string(), z.unknown()).nullable().optional(),
});

export const uploadResponse = z.object({
  dataset_id: z.uuid(),
  layer_type: z.enum(['feature', 'table']),
  feature_layer_geometry_type: z.enum(['point', 'line', 'polygon']).nullable(),
  data_types: z.object({ valid: z.record(z.string(), z.string()), invalid: z.record(z.string(), z.string()) }),
  file_ending: z.string(),
  file_name: z.string(),
  file_size: z.number().int(),
  feature_count: z.number().int(),
  crs: z.string().nullable(),
  expires_at: z.string(),
});

export const toUploadResponse = (dataset: Dataset): z.infer<typeof uploadResponse> => ({
  dataset_id: dataset.id,
  layer_type: dataset.layerType,
  feature_layer_geometry_type: dataset.geometryType,
  data_types: { valid: Object.fromEntries(dataset.fields.map((field) => [field.name, field.type])), invalid: {} },
  file_ending: dataset.format,
  file_name: dataset.fileName,
  file_size: dataset.sizeBytes,
  feature_count: dataset.featureCount,
  crs: dataset.referenceSystem,
  expires_at: dataset.expiresAt.toISOString(),
});
