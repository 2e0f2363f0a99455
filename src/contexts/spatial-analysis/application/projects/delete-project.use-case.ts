import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { ProjectId } from '../../domain/projects/project';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { PublishedProjectRepository } from '../../ports/projects/published-project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { projectFor } from './project-access';

/** Removes the project, its placements and its public snapshot; the layers themselves stay. */
export class DeleteProject {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly placements: ProjectLayerRepository,
    private readonly published: PublishedProjectRepository,
    private readonly access: WorkspaceAccess,
  ) {}

  async execute(principal: Principal, id: ProjectId): Promise<Result<void, DomainError>> {
    const project = await projectFor(this.projects, this.access, principal, id, 'delete');
    if (!project.ok) return project;
    await this.published.delete(id);
    await this.placements.deleteAllOfProject(id);
    await this.projects.delete(id);
    return ok(undefined);
  }
}
