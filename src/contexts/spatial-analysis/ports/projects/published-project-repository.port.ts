import type { LayerId } from '../../domain/layers/layer';
import type { ProjectId } from '../../domain/projects/project';
import type { PublishedProject } from '../../domain/projects/published-project';

export interface PublishedProjectRepository {
  byProject(projectId: ProjectId): Promise<PublishedProject | null>;
  /** Publishing again replaces the snapshot. */
  save(published: PublishedProject): Promise<void>;
  delete(projectId: ProjectId): Promise<void>;
  /** Whether some published snapshot shows this layer: its readers may then read the layer (features and tiles). */
  publishesLayer(layerId: LayerId): Promise<boolean>;
}

export const PUBLISHED_PROJECT_REPOSITORY: unique symbol = Symbol('PublishedProjectRepository');
