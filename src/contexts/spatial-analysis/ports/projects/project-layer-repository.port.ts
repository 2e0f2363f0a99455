import type { ProjectId } from '../../domain/projects/project';
import type { ProjectLayer, ProjectLayerDraft } from '../../domain/projects/project-layer';

/** Placements of layers in projects; the store hands out the integer layer_project_ids. */
export interface ProjectLayerRepository {
  /** Stores new placements, in the order given, and returns them with their ids. */
  add(drafts: readonly ProjectLayerDraft[]): Promise<ProjectLayer[]>;
  byId(id: number): Promise<ProjectLayer | null>;
  /** In id order. */
  ofProject(projectId: ProjectId): Promise<ProjectLayer[]>;
  countInProject(projectId: ProjectId): Promise<number>;
  save(placement: ProjectLayer): Promise<void>;
  delete(id: number): Promise<void>;
  /** Removes the layer from every project; answers the placements removed, so layer orders can follow. */
  deleteAllOfLayer(layerId: string): Promise<ProjectLayer[]>;
  deleteAllOfProject(projectId: ProjectId): Promise<void>;
}

export const PROJECT_LAYER_REPOSITORY: unique symbol = Symbol('ProjectLayerRepository');
