import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { LayerInProject } from '../../domain/projects/layer-in-project';
import type { ProjectId } from '../../domain/projects/project';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { layersInProject } from './layers-in-project';
import { projectFor } from './project-access';

export class ListProjectLayers {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly layers: LayerRepository,
    private readonly placements: ProjectLayerRepository,
    private readonly access: WorkspaceAccess,
  ) {}

  async execute(principal: Principal, projectId: ProjectId): Promise<Result<LayerInProject[], DomainError>> {
    const project = await projectFor(this.projects, this.access, principal, projectId, 'read');
    if (!project.ok) return project;
    return ok(await layersInProject(project.value, this.placements, this.layers));
  }
}
