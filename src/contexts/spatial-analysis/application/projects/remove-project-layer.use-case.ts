import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { withoutLayer, type ProjectId } from '../../domain/projects/project';
import { projectLayerFor, type ProjectLayerPorts } from './project-layer-access';

/** Takes a layer out of a project; the layer stays in its folder. */
export class RemoveProjectLayer {
  constructor(
    private readonly ports: ProjectLayerPorts,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, projectId: ProjectId, layerProjectId: number): Promise<Result<void, DomainError>> {
    const found = await projectLayerFor(this.ports, principal, projectId, layerProjectId, 'update');
    if (!found.ok) return found;
    await this.ports.placements.delete(layerProjectId);
    await this.ports.projects.save(withoutLayer(found.value.project, layerProjectId, this.clock.now()));
    return ok(undefined);
  }
}
