import type { ApiOperation } from '../../../../shared-kernel/api-description';
import {
  addLayersQuery,
  initialViewStateSchema,
  projectBody,
  projectIdParams,
  projectLayerListResponse,
  projectLayerParams,
  projectLayerResponse,
  projectLayerUpdateBody,
  projectListQuery,
  projectPageResponse,
  projectResponse,
  projectUpdateBody,
  projectWithViewResponse,
  publishedProjectResponse,
  removeLayerQuery,
} from './project.schemas';

const tag = 'Project';
const base = '/api/v2/project';

export const projectOperations: ApiOperation[] = [
  { method: 'post', path: base, tag, summary: 'Create a project in a folder', body: projectBody, responses: { 201: { description: 'Created', schema: projectResponse } } },
  { method: 'get', path: base, tag, summary: 'List my projects (by folder, search)', query: projectListQuery, responses: { 200: { description: 'A page of projects', schema: projectPageResponse } } },
  { method: 'get', path: `${base}/:project_id`, tag, summary: 'Read a project with my initial view state', params: projectIdParams, responses: { 200: { description: 'The project', schema: projectWithViewResponse } } },
  { method: 'put', path: `${base}/:project_id`, tag, summary: 'Update a project (name, folder, basemap, layer order…)', params: projectIdParams, body: projectUpdateBody, responses: { 200: { description: 'The project', schema: projectResponse } } },
  { method: 'delete', path: `${base}/:project_id`, tag, summary: 'Delete a project (its layers stay)', params: projectIdParams, responses: { 204: { description: 'Deleted' } } },
  { method: 'get', path: `${base}/:project_id/initial-view-state`, tag, summary: 'Read my initial map view of the project', params: projectIdParams, responses: { 200: { description: 'The view state', schema: initialViewStateSchema } } },
  { method: 'put', path: `${base}/:project_id/initial-view-state`, tag, summary: 'Save my initial map view of the project', params: projectIdParams, body: initialViewStateSchema, responses: { 200: { description: 'The view state', schema: initialViewStateSchema } } },
  { method: 'post', path: `${base}/:project_id/layer`, tag, summary: 'Add layers to the project (layer_ids)', params: projectIdParams, query: addLayersQuery, responses: { 200: { description: 'The new placements', schema: projectLayerListResponse } } },
  { method: 'get', path: `${base}/:project_id/layer`, tag, summary: 'List the project\'s layers in layer order', params: projectIdParams, responses: { 200: { description: 'The layers', schema: projectLayerListResponse } } },
  { method: 'get', path: `${base}/:project_id/layer/:layer_project_id`, tag, summary: 'Read one layer of the project', params: projectLayerParams, responses: { 200: { description: 'The layer', schema: projectLayerResponse } } },
  { method: 'put', path: `${base}/:project_id/layer/:layer_project_id`, tag, summary: 'Update a layer\'s name, group, style or filter in the project', params: projectLayerParams, body: projectLayerUpdateBody, responses: { 200: { description: 'The layer', schema: projectLayerResponse } } },
  { method: 'delete', path: `${base}/:project_id/layer`, tag, summary: 'Remove a layer from the project (layer_project_id)', params: projectIdParams, query: removeLayerQuery, responses: { 204: { description: 'Removed' } } },
  { method: 'post', path: `${base}/:project_id/publish`, tag, summary: 'Publish a read-only snapshot of the project', params: projectIdParams, responses: { 200: { description: 'The published snapshot', schema: publishedProjectResponse } } },
  { method: 'delete', path: `${base}/:project_id/unpublish`, tag, summary: 'Withdraw the published snapshot', params: projectIdParams, responses: { 204: { description: 'Unpublished' } } },
  { method: 'get', path: `${base}/:project_id/public`, tag, summary: 'Read the published snapshot (no sign-in needed)', params: projectIdParams, public: true, responses: { 200: { description: 'The snapshot', schema: publishedProjectResponse } } },
];
