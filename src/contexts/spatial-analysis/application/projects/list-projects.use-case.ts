import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Project } from '../../domain/projects/project';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { SharedItems } from '../../ports/shared-items.port';

export interface ListProjectsInput {
  readonly folderId?: string;
  readonly search?: string;
  readonly page: PageRequest;
}

/** The caller's own projects and those shared with them (directly, via team, organization or folder). */
export class ListProjects {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly shared: SharedItems,
  ) {}

  async execute(principal: Principal, input: ListProjectsInput): Promise<Page<Project>> {
    const shared = await this.shared.sharedWith(principal);
    return this.projects.list({ ownerId: principal.id, sharedWithCaller: shared.projects, folderId: input.folderId, search: input.search, page: input.page });
  }
}
