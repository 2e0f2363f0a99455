import { z } from 'zod';
import { pageQuery } from '../../../../shared-kernel/http-schemas';
import { MAX_ITEMS_LIMIT } from '../../domain/features/feature-query';
import { CLASS_BREAK_METHODS, MAX_CLASS_BREAKS } from '../../domain/features/class-breaks';
import { MAX_TILE_ZOOM } from '../../domain/features/tile-matrix';

/** Collection ids are layer ids; anything else is answered "not found" by the use case, not 422. */
export const collectionParams = z.object({ layer_id: z.string().max(64) });
export const featureParams = collectionParams.extend({ feature_id: z.string().max(64) });
export const tileParams = collectionParams.extend({
  z: z.coerce.number().int().min(0).max(MAX_TILE_ZOOM),
  x: z.coerce.number().int().min(0),
  y: z.coerce.number().int().min(0),
});

const filterParts = {
  filter: z.string().max(200_000).optional(),
  'filter-lang': z.enum(['cql2-json', 'cql2-text']).optional(),
  'filter-crs': z.literal('http://www.opengis.net/def/crs/OGC/1.3/CRS84', { message: 'only CRS84 filters are served' }).optional(),
  properties: z.string().max(10_000).optional(),
};

export const itemsQuery = z.object({
  ...filterParts,
  bbox: z.string().max(500).optional(),
  'bbox-crs': z.literal('http://www.opengis.net/def/crs/OGC/1.3/CRS84', { message: 'only CRS84 bboxes are served' }).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_ITEMS_LIMIT, { message: `must be at most ${MAX_ITEMS_LIMIT}` }).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
  sortby: z.string().max(2000).optional(),
  f: z.enum(['json', 'geojson']).optional(),
});

export const tileQuery = z.object(filterParts);
export const collectionsQuery = pageQuery.extend({ f: z.enum(['json']).optional() });

export const featureBody = z.object({
  type: z.literal('Feature').optional(),
  geometry: z.unknown().optional(),
  properties: z.record(z.string(), z.unknown()).nullable().optional(),
});

export const statisticsQuery = z.object({ query: z.string().max(200_000).optional() });
export const areaParams = z.object({ layer_id: z.string().max(64), operation: z.enum(['sum', 'min', 'max']) });
export const columnParams = z.object({ layer_id: z.string().max(64), column: z.string().max(256) });
export const uniqueValuesQuery = pageQuery.extend({ query: z.string().max(200_000).optional() });
export const classBreaksParams = columnParams.extend({ operation: z.enum(CLASS_BREAK_METHODS as [string, ...string[]]) });
export const classBreaksQuery = z.object({
  breaks: z.coerce.number().int().min(1).max(MAX_CLASS_BREAKS).default(5),
  query: z.string().max(200_000).optional(),
});

const link = z.object({ href: z.string(), rel: z.string(), type: z.string().optional(), title: z.string().optional() });
export const landingResponse = z.object({ title: z.string(), description: z.string(), links: z.array(link) });
export const conformanceResponse = z.object({ conformsTo: z.array(z.string()) });
export const collectionResponse = z.object({ id: z.string(), title: z.string(), description: z.string().nullable(), itemType: z.string(), crs: z.array(z.string()), extent: z.unknown(), links: z.array(link) });
export const collectionsResponse = z.object({ collections: z.array(collectionResponse), links: z.array(link), numberMatched: z.number().int(), numberReturned: z.number().int() });
export const featureResponse = z.object({ type: z.literal('Feature'), id: z.number().int(), geometry: z.unknown(), properties: z.record(z.string(), z.unknown()), links: z.array(link).optional() });
export const featureCollectionResponse = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureResponse),
  numberMatched: z.number().int(),
  numberReturned: z.number().int(),
  timeStamp: z.string(),
  links: z.array(link),
});
export const queryablesResponse = z.object({ $schema: z.string(), $id: z.string(), type: z.literal('object'), title: z.string(), properties: z.record(z.string(), z.unknown()), additionalProperties: z.boolean() });
export const featureCountResponse = z.object({ total_count: z.number().int() });
export const areaResponse = z.object({ operation: z.string(), result: z.number().nullable(), unit: z.literal('m2') });
export const uniqueValuesResponse = z.object({ items: z.array(z.object({ value: z.unknown(), count: z.number().int() })), total: z.number().int(), page: z.number().int(), size: z.number().int(), pages: z.number().int() });
export const classBreaksResponse = z.object({ min: z.number().nullable(), max: z.number().nullable(), mean: z.number().nullable(), std_dev: z.number().nullable(), breaks: z.array(z.number()) });

/** Reading through a published project: the project id scopes every layer id. */
export const publishedProjectParams = z.object({ project_id: z.string().max(64) });
export const publicCollectionParams = collectionParams.extend(publishedProjectParams.shape);
export const publicFeatureParams = publicCollectionParams.extend({ feature_id: z.string().max(64) });
export const publicTileParams = tileParams.extend({ project_id: z.string().max(64) });
