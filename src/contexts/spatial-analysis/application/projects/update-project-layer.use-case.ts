import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { LayerInProject } from '../../domain/projects/layer-in-project';
import type { ProjectId } from '../../domain/projects/project';
import { changedProjectLayer, type ProjectLayerChanges } from '../../domain/projects/project-layer';
import { projectLayerFor, type ProjectLayerPorts } from './project-layer-access';

/** Restyles, renames, regroups or filters a layer within one project; the layer itself is untouched. */
export class UpdateProjectLayer {
  constructor(
    private readonly ports: ProjectLayerPorts,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, projectId: ProjectId, layerProjectId: number, changes: ProjectLayerChanges): Promise<Result<LayerInProject, DomainError>> {
    const found = await projectLayerFor(this.ports, principal, projectId, layerProjectId, 'update');
    if (!found.ok) return found;
    const placement = changedProjectLayer(found.value.placement, changes, this.clock.now());
    await this.ports.placements.save(placement);
    return ok({ placement, layer: found.value.layer });
  }
}
