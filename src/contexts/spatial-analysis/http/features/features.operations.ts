import type { ApiOperation } from '../../../../shared-kernel/api-description';
import {
  areaParams, areaResponse, classBreaksParams, classBreaksQuery, classBreaksResponse, collectionParams, collectionResponse, collectionsQuery, collectionsResponse,
  columnParams, conformanceResponse, featureBody, featureCollectionResponse, featureCountResponse, featureParams, featureResponse, itemsQuery, landingResponse,
  publicCollectionParams, publicFeatureParams, publicTileParams, queryablesResponse, statisticsQuery, tileParams, tileQuery, uniqueValuesQuery, uniqueValuesResponse,
} from './ogc-features.schemas';

const tag = 'Features and tiles';
const base = '/api/v2/ogc';
const geojson = 'application/geo+json';
const mvt = 'application/vnd.mapbox-vector-tile';
/** A published project's layers, readable without signing in. */
const published = '/api/v2/public/project/:project_id/collections/:layer_id';

export const featuresOperations: ApiOperation[] = [
  { method: 'get', path: base, tag, summary: 'OGC API - Features landing page', responses: { 200: { description: 'Links', schema: landingResponse } } },
  { method: 'get', path: `${base}/conformance`, tag, summary: 'Conformance classes', responses: { 200: { description: 'Conformance', schema: conformanceResponse } } },
  { method: 'get', path: `${base}/collections`, tag, summary: 'The layers I may read, as collections (paged)', query: collectionsQuery, responses: { 200: { description: 'Collections', schema: collectionsResponse } } },
  { method: 'get', path: `${base}/collections/:layer_id`, tag, summary: 'One collection: extent, CRS, links', params: collectionParams, responses: { 200: { description: 'Collection', schema: collectionResponse } } },
  { method: 'get', path: `${base}/collections/:layer_id/queryables`, tag, summary: 'The columns a filter may name (JSON Schema)', params: collectionParams, responses: { 200: { description: 'Queryables', schema: queryablesResponse, contentType: 'application/schema+json' } } },
  { method: 'get', path: `${base}/collections/:layer_id/items`, tag, summary: 'Features: bbox, CQL2 filter, sortby, properties, limit/offset', params: collectionParams, query: itemsQuery, responses: { 200: { description: 'Features', schema: featureCollectionResponse, contentType: geojson } } },
  { method: 'get', path: `${base}/collections/:layer_id/items/:feature_id`, tag, summary: 'One feature', params: featureParams, responses: { 200: { description: 'Feature', schema: featureResponse, contentType: geojson } } },
  { method: 'post', path: `${base}/collections/:layer_id/items`, tag, summary: 'Add a feature (editors)', params: collectionParams, body: featureBody, responses: { 201: { description: 'Created', schema: featureResponse, contentType: geojson } } },
  { method: 'put', path: `${base}/collections/:layer_id/items/:feature_id`, tag, summary: 'Replace a feature (editors)', params: featureParams, body: featureBody, responses: { 200: { description: 'Replaced', schema: featureResponse, contentType: geojson } } },
  { method: 'patch', path: `${base}/collections/:layer_id/items/:feature_id`, tag, summary: 'Change some of a feature (editors)', params: featureParams, body: featureBody, responses: { 200: { description: 'Updated', schema: featureResponse, contentType: geojson } } },
  { method: 'delete', path: `${base}/collections/:layer_id/items/:feature_id`, tag, summary: 'Delete a feature (editors)', params: featureParams, responses: { 204: { description: 'Deleted' } } },
  { method: 'get', path: `${base}/collections/:layer_id/tiles/:z/:x/:y`, tag, summary: 'Mapbox Vector Tile (WebMercatorQuad)', params: tileParams, query: tileQuery, responses: { 200: { description: 'Tile', contentType: 'application/vnd.mapbox-vector-tile' }, 204: { description: 'Empty tile' }, 304: { description: 'Not modified' } } },
  { method: 'get', path: '/api/v2/layer/:layer_id/feature-count', tag, summary: 'Count features (CQL2-JSON query)', params: collectionParams, query: statisticsQuery, responses: { 200: { description: 'Count', schema: featureCountResponse } } },
  { method: 'get', path: '/api/v2/layer/:layer_id/area/:operation', tag, summary: 'Polygon area statistic in m²', params: areaParams, query: statisticsQuery, responses: { 200: { description: 'Area', schema: areaResponse } } },
  { method: 'get', path: '/api/v2/layer/:layer_id/unique-values/:column', tag, summary: 'Distinct values with counts (paged)', params: columnParams, query: uniqueValuesQuery, responses: { 200: { description: 'Values', schema: uniqueValuesResponse } } },
  { method: 'get', path: '/api/v2/layer/:layer_id/class-breaks/:operation/:column', tag, summary: 'Class breaks of a numeric column', params: classBreaksParams, query: classBreaksQuery, responses: { 200: { description: 'Breaks', schema: classBreaksResponse } } },
  { method: 'get', path: `${published}/items`, tag, public: true, summary: 'Features of a published project\'s layer (no sign-in needed)', params: publicCollectionParams, query: itemsQuery, responses: { 200: { description: 'Features', schema: featureCollectionResponse, contentType: geojson } } },
  { method: 'get', path: `${published}/items/:feature_id`, tag, public: true, summary: 'One feature of a published project\'s layer (no sign-in needed)', params: publicFeatureParams, responses: { 200: { description: 'Feature', schema: featureResponse, contentType: geojson } } },
  { method: 'get', path: `${published}/tiles/:z/:x/:y`, tag, public: true, summary: 'Vector tile of a published project\'s layer (no sign-in needed)', params: publicTileParams, query: tileQuery, responses: { 200: { description: 'Tile', contentType: mvt }, 204: { description: 'Empty tile' }, 304: { description: 'Not modified' } } },
];
