import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Project } from '../../domain/projects/project';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';

export interface ListProjectsInput {
  readonly folderId?: string;
  readonly search?: string;
  readonly page: PageRequest;
}

/** The caller's own projects; shared ones join the list when the authorization context lands. */
export class ListProjects {
  constructor(private readonly projects: ProjectRepository) {}

  execute(principal: Principal, input: ListProjectsInput): Promise<Page<Project>> {
    return this.projects.list({ ownerId: principal.id, folderId: input.folderId, search: input.search, page: input.page });
  }
}
