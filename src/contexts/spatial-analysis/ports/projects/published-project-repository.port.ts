import type { ProjectId } from '../../domain/projects/project';
import type { PublishedProject } from '../../domain/projects/published-project';

export interface PublishedProjectRepository {
  byProject(projectId: ProjectId): Promise<PublishedProject | null>;
  /** Publishing again replaces the snapshot. */
  save(published: PublishedProject): Promise<void>;
  delete(projectId: ProjectId): Promise<void>;
}

export const PUBLISHED_PROJECT_REPOSITORY: unique symbol = Symbol('PublishedProjectRepository');
