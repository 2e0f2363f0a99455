import type { ApiOperation } from '../../../../shared-kernel/api-description';
import { layerIdParams, layerListBody, layerListQuery, layerPageResponse, layerResponse, layerUpdateBody, rasterLayerBody } from './layer.schemas';

const tag = 'Layer';
const base = '/api/v2/layer';

export const layerOperations: ApiOperation[] = [
  { method: 'post', path: base, tag, summary: 'List my layers (filters in the body: folder, type, search)', query: layerListQuery, body: layerListBody, responses: { 200: { description: 'A page of layers', schema: layerPageResponse } } },
  { method: 'post', path: `${base}/raster`, tag, summary: 'Register an external raster service (WMS, WMTS, XYZ)', body: rasterLayerBody, responses: { 201: { description: 'Created', schema: layerResponse } } },
  { method: 'get', path: `${base}/:layer_id`, tag, summary: 'Read a layer\'s metadata', params: layerIdParams, responses: { 200: { description: 'The layer', schema: layerResponse } } },
  { method: 'put', path: `${base}/:layer_id`, tag, summary: 'Update a layer\'s metadata, default style or folder', params: layerIdParams, body: layerUpdateBody, responses: { 200: { description: 'The layer', schema: layerResponse } } },
  { method: 'delete', path: `${base}/:layer_id`, tag, summary: 'Delete a layer, its data and its placements in projects', params: layerIdParams, responses: { 204: { description: 'Deleted' } } },
];
