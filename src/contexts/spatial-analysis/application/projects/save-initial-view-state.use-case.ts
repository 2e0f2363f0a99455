import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { InitialViewState } from '../../domain/projects/initial-view-state';
import type { ProjectId } from '../../domain/projects/project';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { projectFor } from './project-access';

/** Each reader keeps their own view of a project's map, so reading the project is enough to save it. */
export class SaveInitialViewState {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly access: WorkspaceAccess,
  ) {}

  async execute(principal: Principal, id: ProjectId, state: InitialViewState): Promise<Result<InitialViewState, DomainError>> {
    const project = await projectFor(this.projects, this.access, principal, id, 'read');
    if (!project.ok) return project;
    await this.projects.saveViewState(id, principal.id, state);
    return ok(state);
  }
}
