import { z } from 'zod';
import { pageOfSchema, pageQuery, uuidParam } from '../../../../shared-kernel/http-schemas';
import type { InitialViewState } from '../../domain/projects/initial-view-state';
import type { LayerInProject } from '../../domain/projects/layer-in-project';
import type { Project } from '../../domain/projects/project';
import type { PublishedProject } from '../../domain/projects/published-project';
import { layerResponse, toLayerResponse } from '../layers/layer.schemas';

const jsonObject = z.record(z.string(), z.unknown());
const name = z.string().trim().min(1).max(255);
const tags = z.array(z.string().trim().min(1).max(100)).max(50);

export const projectIdParams = z.object({ project_id: uuidParam });
export const projectLayerParams = z.object({ project_id: uuidParam, layer_project_id: z.coerce.number().int().min(1) });

export const projectBody = z.object({
  folder_id: uuidParam,
  name,
  description: z.string().max(10_000).nullable().optional(),
  tags: tags.optional(),
  basemap: z.string().max(255).nullable().optional(),
  thumbnail_url: z.url().max(2000).nullable().optional(),
  builder_config: jsonObject.optional(),
});

export const projectUpdateBody = z.object({
  folder_id: uuidParam.optional(),
  name: name.optional(),
  description: z.string().max(10_000).nullable().optional(),
  tags: tags.optional(),
  basemap: z.string().max(255).nullable().optional(),
  thumbnail_url: z.url().max(2000).nullable().optional(),
  builder_config: jsonObject.optional(),
  layer_order: z.array(z.number().int().min(1)).max(1000).optional(),
});

export const projectListQuery = pageQuery.extend({ folder_id: uuidParam.optional(), search: z.string().max(255).optional() });

export const initialViewStateSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  zoom: z.number().min(0).max(24),
  min_zoom: z.number().min(0).max(24),
  max_zoom: z.number().min(0).max(24),
  bearing: z.number().min(-360).max(360),
  pitch: z.number().min(0).max(85),
});

const csvOrList = (item: z.ZodType) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value),
    z.array(item).min(1).max(100),
  );
export const addLayersQuery = z.object({ layer_ids: csvOrList(uuidParam) });
export const removeLayerQuery = z.object({ layer_project_id: z.coerce.number().int().min(1) });

export const projectLayerUpdateBody = z.object({
  name: name.optional(),
  group: z.string().max(255).nullable().optional(),
  properties: jsonObject.optional(),
  other_properties: jsonObject.optional(),
  query: jsonObject.nullable().optional(),
  charts: jsonObject.nullable().optional(),
});

export const projectResponse = z.object({
  id: z.uuid(),
  user_id: z.string(),
  folder_id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  tags: z.array(z.string()),
  basemap: z.string().nullable(),
  layer_order: z.array(z.number().int()),
  thumbnail_url: z.string().nullable(),
  builder_config: jsonObject,
  created_at: z.string(),
  updated_at: z.string(),
});
export const projectWithViewResponse = projectResponse.extend({ initial_view_state: initialViewStateSchema });
export const projectPageResponse = pageOfSchema(projectResponse);

export const projectLayerResponse = layerResponse.omit({ id: true }).extend({
  id: z.number().int(),
  layer_project_id: z.number().int(),
  layer_id: z.uuid(),
  project_id: z.uuid(),
  group: z.string().nullable(),
  query: jsonObject.nullable(),
  charts: jsonObject.nullable(),
});
export const projectLayerListResponse = z.array(projectLayerResponse);

export const publishedProjectResponse = z.object({
  project_id: z.uuid(),
  created_at: z.string(),
  config: z.object({ project: projectResponse, layers: projectLayerListResponse }),
});

export const toProjectResponse = (project: Project): z.infer<typeof projectResponse> => ({
  id: project.id,
  user_id: project.ownerId,
  folder_id: project.folderId,
  name: project.name,
  description: project.description,
  tags: [...project.tags],
  basemap: project.basemap,
  layer_order: [...project.layerOrder],
  thumbnail_url: project.thumbnailUrl,
  builder_config: { ...project.builderConfig },
  created_at: project.createdAt.toISOString(),
  updated_at: project.updatedAt.toISOString(),
});

export const toViewStateResponse = (state: InitialViewState): z.infer<typeof initialViewStateSchema> => ({
  latitude: state.latitude,
  longitude: state.longitude,
  zoom: state.zoom,
  min_zoom: state.minZoom,
  max_zoom: state.maxZoom,
  bearing: state.bearing,
  pitch: state.pitch,
});

export const fromViewStateBody = (body: z.infer<typeof initialViewStateSchema>): InitialViewState => ({
  latitude: body.latitude,
  longitude: body.longitude,
  zoom: body.zoom,
  minZoom: body.min_zoom,
  maxZoom: body.max_zoom,
  bearing: body.bearing,
  pitch: body.pitch,
});

/** GOAT merges the layer and its placement; `id` is the integer layer_project_id. */
export const toProjectLayerResponse = ({ placement, layer }: LayerInProject): z.infer<typeof projectLayerResponse> => {
  const { id: layerId, ...layerFields } = toLayerResponse(layer);
  return {
    ...layerFields,
    id: placement.id,
    layer_project_id: placement.id,
    layer_id: layerId,
    project_id: placement.projectId,
    name: placement.name,
    group: placement.group,
    properties: { ...placement.properties },
    other_properties: { ...placement.otherProperties },
    query: placement.query ? { ...placement.query } : null,
    charts: placement.charts ? { ...placement.charts } : null,
    updated_at: placement.updatedAt.toISOString(),
  };
};

export const toPublishedProjectResponse = (published: PublishedProject): z.infer<typeof publishedProjectResponse> => ({
  project_id: published.projectId,
  created_at: published.publishedAt.toISOString(),
  config: { project: toProjectResponse(published.project), layers: published.layers.map(toProjectLayerResponse) },
});
