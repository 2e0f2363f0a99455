import type { ProjectId } from '../../domain/projects/project';
import type { ProjectAllowance } from '../../ports/projects/project-allowance.port';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { PublishedProjectRepository } from '../../ports/projects/published-project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';

export interface ProjectErasurePorts {
  readonly projects: ProjectRepository;
  readonly published: PublishedProjectRepository;
  readonly placements: ProjectLayerRepository;
  readonly allowance: ProjectAllowance;
  readonly access: WorkspaceAccess;
}

/**
 * A project goes with its public snapshot, placements (the layers stay) and shares; its owner's plan
 * gets it back.
 */
export async function eraseProject(ports: ProjectErasurePorts, id: ProjectId): Promise<void> {
  const project = await ports.projects.byId(id);
  if (!project) return;
  await ports.published.delete(id);
  await ports.placements.deleteAllOfProject(id);
  await ports.projects.delete(id);
  await ports.access.forget({ type: 'project', id });
  await ports.allowance.giveBack(project.ownerId);
}
