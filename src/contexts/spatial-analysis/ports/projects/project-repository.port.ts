import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { SharedScope } from '../shared-items.port';
import type { InitialViewState } from '../../domain/projects/initial-view-state';
import type { Project, ProjectId } from '../../domain/projects/project';

export interface ProjectQuery {
  readonly ownerId: string;
  /** Also list these, shared with the owner by others (the other filters still apply). */
  readonly sharedWithCaller?: SharedScope;
  readonly folderId?: string;
  /** Case-insensitive part of the name. */
  readonly search?: string;
  readonly page: PageRequest;
}

export interface ProjectRepository {
  byId(id: ProjectId): Promise<Project | null>;
  /** Most recently changed first. */
  list(query: ProjectQuery): Promise<Page<Project>>;
  save(project: Project): Promise<void>;
  /** Deletes the project and every user's view state of it. */
  delete(id: ProjectId): Promise<void>;
  idsInFolder(folderId: string): Promise<ProjectId[]>;
  idsOwnedBy(ownerId: string): Promise<ProjectId[]>;
  /** Null until the user has saved one for this project. */
  viewStateOf(projectId: ProjectId, userId: string): Promise<InitialViewState | null>;
  saveViewState(projectId: ProjectId, userId: string, state: InitialViewState): Promise<void>;
}

export const PROJECT_REPOSITORY: unique symbol = Symbol('ProjectRepository');
