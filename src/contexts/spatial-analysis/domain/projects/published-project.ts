import type { LayerInProject } from './layer-in-project';
import type { Project, ProjectId } from './project';

/**
 * A read-only snapshot of a project taken when it was published: anyone may read it, and later edits
 * do not show until it is published again.
 */
export interface PublishedProject {
  readonly projectId: ProjectId;
  readonly ownerId: string;
  readonly project: Project;
  readonly layers: readonly LayerInProject[];
  readonly publishedAt: Date;
}
