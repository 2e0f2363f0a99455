import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { ProjectId } from '../../domain/projects/project';
import type { PublishedProject } from '../../domain/projects/published-project';
import { ProjectErrors } from '../../domain/projects/project.errors';
import type { PublishedProjectRepository } from '../../ports/projects/published-project-repository.port';

/** The public snapshot: no caller, no access check; only what was published is there. */
export class GetPublishedProject {
  constructor(private readonly published: PublishedProjectRepository) {}

  async execute(id: ProjectId): Promise<Result<PublishedProject, DomainError>> {
    const snapshot = await this.published.byProject(id);
    return snapshot ? ok(snapshot) : err(ProjectErrors.notPublished());
  }
}
