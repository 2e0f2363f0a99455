import type { ProjectId } from './project';

/**
 * A layer as placed in one project: its own name, group, MapLibre style and CQL2-JSON filter.
 * `id` is GOAT's integer layer_project_id, handed out by the store.
 */
export interface ProjectLayer {
  readonly id: number;
  readonly projectId: ProjectId;
  readonly layerId: string;
  readonly name: string;
  readonly group: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly otherProperties: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>> | null;
  readonly charts: Readonly<Record<string, unknown>> | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type ProjectLayerDraft = Omit<ProjectLayer, 'id'>;

export interface ProjectLayerChanges {
  readonly name?: string;
  readonly group?: string | null;
  readonly properties?: Record<string, unknown>;
  readonly otherProperties?: Record<string, unknown>;
  readonly query?: Record<string, unknown> | null;
  readonly charts?: Record<string, unknown> | null;
}

/** GOAT's limit on layers in one project keeps the map and its legend usable. */
export const MAX_LAYERS_PER_PROJECT = 300;

export const changedProjectLayer = (layer: ProjectLayer, changes: ProjectLayerChanges, now: Date): ProjectLayer => ({
  ...layer,
  name: changes.name?.trim() || layer.name,
  group: changes.group !== undefined ? changes.group : layer.group,
  properties: changes.properties ?? layer.properties,
  otherProperties: changes.otherProperties ?? layer.otherProperties,
  query: changes.query !== undefined ? changes.query : layer.query,
  charts: changes.charts !== undefined ? changes.charts : layer.charts,
  updatedAt: now,
});
