import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { ProjectId } from '../../domain/projects/project';
import { ProjectErrors } from '../../domain/projects/project.errors';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { PublishedProjectRepository } from '../../ports/projects/published-project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { projectFor } from './project-access';

export class UnpublishProject {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly published: PublishedProjectRepository,
    private readonly access: WorkspaceAccess,
  ) {}

  async execute(principal: Principal, id: ProjectId): Promise<Result<void, DomainError>> {
    const project = await projectFor(this.projects, this.access, principal, id, 'update');
    if (!project.ok) return project;
    if (!(await this.published.byProject(id))) return err(ProjectErrors.notPublished());
    await this.published.delete(id);
    return ok(undefined);
  }
}
