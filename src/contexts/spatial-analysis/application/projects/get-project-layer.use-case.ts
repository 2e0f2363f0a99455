import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import type { LayerInProject } from '../../domain/projects/layer-in-project';
import type { ProjectId } from '../../domain/projects/project';
import { projectLayerFor, type ProjectLayerPorts } from './project-layer-access';

export class GetProjectLayer {
  constructor(private readonly ports: ProjectLayerPorts) {}

  execute(principal: Principal, projectId: ProjectId, layerProjectId: number): Promise<Result<LayerInProject, DomainError>> {
    return projectLayerFor(this.ports, principal, projectId, layerProjectId, 'read');
  }
}
