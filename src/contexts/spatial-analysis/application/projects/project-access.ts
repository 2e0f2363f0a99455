import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { Project, ProjectId } from '../../domain/projects/project';
import { ProjectErrors } from '../../domain/projects/project.errors';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { WorkspaceAccess, WorkspaceAction } from '../../ports/workspace-access.port';

/**
 * Loads a project the principal may act on: one they may not read is "not found" (ids reveal
 * nothing), one they may read but not change is "forbidden" — as folderFor does for folders.
 */
export async function projectFor(
  projects: ProjectRepository,
  access: WorkspaceAccess,
  principal: Principal,
  id: ProjectId,
  action: WorkspaceAction,
): Promise<Result<Project, DomainError>> {
  const project = await projects.byId(id);
  if (!project) return err(ProjectErrors.notFound());
  const resource = { type: 'project' as const, id: project.id, ownerId: project.ownerId, folderId: project.folderId };
  if (!(await access.decide(principal, 'read', resource)).allowed) return err(ProjectErrors.notFound());
  if (action !== 'read' && !(await access.decide(principal, action, resource)).allowed) return err(ProjectErrors.forbidden());
  return ok(project);
}
