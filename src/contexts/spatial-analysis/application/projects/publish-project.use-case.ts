import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { ProjectId } from '../../domain/projects/project';
import type { PublishedProject } from '../../domain/projects/published-project';
import type { PublishedProjectRepository } from '../../ports/projects/published-project-repository.port';
import { layersInProject } from './layers-in-project';
import { projectFor } from './project-access';
import type { ProjectLayerPorts } from './project-layer-access';

/** Freezes the project as it is now into a snapshot anyone may read; publishing again refreshes it. */
export class PublishProject {
  constructor(
    private readonly ports: ProjectLayerPorts,
    private readonly published: PublishedProjectRepository,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: ProjectId): Promise<Result<PublishedProject, DomainError>> {
    const project = await projectFor(this.ports.projects, this.ports.access, principal, id, 'update');
    if (!project.ok) return project;
    const snapshot: PublishedProject = {
      projectId: id,
      ownerId: project.value.ownerId,
      project: project.value,
      layers: await layersInProject(project.value, this.ports.placements, this.ports.layers),
      publishedAt: this.clock.now(),
    };
    await this.published.save(snapshot);
    return ok(snapshot);
  }
}
