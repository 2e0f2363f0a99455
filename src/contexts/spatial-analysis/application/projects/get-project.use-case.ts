import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { DEFAULT_INITIAL_VIEW_STATE, type InitialViewState } from '../../domain/projects/initial-view-state';
import type { Project, ProjectId } from '../../domain/projects/project';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { projectFor } from './project-access';

export interface ProjectView {
  readonly project: Project;
  /** The caller's own view of the map. */
  readonly initialViewState: InitialViewState;
}

export class GetProject {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly access: WorkspaceAccess,
  ) {}

  async execute(principal: Principal, id: ProjectId): Promise<Result<ProjectView, DomainError>> {
    const project = await projectFor(this.projects, this.access, principal, id, 'read');
    if (!project.ok) return project;
    const state = await this.projects.viewStateOf(id, principal.id);
    return ok({ project: project.value, initialViewState: state ?? DEFAULT_INITIAL_VIEW_STATE });
  }
}
