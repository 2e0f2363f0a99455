import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { Layer, LayerId } from '../../domain/layers/layer';
import type { LayerInProject } from '../../domain/projects/layer-in-project';
import { withLayersOnTop, type ProjectId } from '../../domain/projects/project';
import { MAX_LAYERS_PER_PROJECT } from '../../domain/projects/project-layer';
import { ProjectErrors } from '../../domain/projects/project.errors';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { layerFor } from '../layers/layer-access';
import { projectFor } from './project-access';

/** Places layers the caller may read into a project they may change; each gets the layer's default style. */
export class AddLayersToProject {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly layers: LayerRepository,
    private readonly placements: ProjectLayerRepository,
    private readonly access: WorkspaceAccess,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, projectId: ProjectId, layerIds: readonly LayerId[]): Promise<Result<LayerInProject[], DomainError>> {
    const project = await projectFor(this.projects, this.access, principal, projectId, 'update');
    if (!project.ok) return project;
    const found: Layer[] = [];
    for (const id of layerIds) {
      const layer = await layerFor(this.layers, this.access, principal, id, 'read');
      if (!layer.ok) return layer;
      found.push(layer.value);
    }
    if ((await this.placements.countInProject(projectId)) + found.length > MAX_LAYERS_PER_PROJECT) {
      return err(ProjectErrors.tooManyLayers(MAX_LAYERS_PER_PROJECT));
    }
    const now = this.clock.now();
    const added = await this.placements.add(
      found.map((layer) => ({
        projectId,
        layerId: layer.id,
        name: layer.name,
        group: null,
        properties: layer.properties,
        otherProperties: layer.otherProperties,
        query: null,
        charts: null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await this.projects.save(withLayersOnTop(project.value, added.map((placement) => placement.id), now));
    return ok(added.map((placement, index) => ({ placement, layer: found[index] })));
  }
}
