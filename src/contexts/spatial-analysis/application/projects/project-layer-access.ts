import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { LayerInProject } from '../../domain/projects/layer-in-project';
import type { Project, ProjectId } from '../../domain/projects/project';
import { ProjectErrors } from '../../domain/projects/project.errors';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { WorkspaceAccess, WorkspaceAction } from '../../ports/workspace-access.port';
import { projectFor } from './project-access';

export interface ProjectLayerPorts {
  readonly projects: ProjectRepository;
  readonly layers: LayerRepository;
  readonly placements: ProjectLayerRepository;
  readonly access: WorkspaceAccess;
}

/** One placement of a project the caller may act on; a placement of another project is "not found". */
export async function projectLayerFor(
  ports: ProjectLayerPorts,
  principal: Principal,
  projectId: ProjectId,
  layerProjectId: number,
  action: WorkspaceAction,
): Promise<Result<LayerInProject & { project: Project }, DomainError>> {
  const project = await projectFor(ports.projects, ports.access, principal, projectId, action);
  if (!project.ok) return project;
  const placement = await ports.placements.byId(layerProjectId);
  if (!placement || placement.projectId !== projectId) return err(ProjectErrors.layerNotInProject());
  const [layer] = await ports.layers.byIds([placement.layerId]);
  if (!layer) return err(ProjectErrors.layerNotInProject());
  return ok({ project: project.value, placement, layer });
}
