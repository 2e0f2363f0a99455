import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { changedProject, type Project, type ProjectChanges, type ProjectId } from '../../domain/projects/project';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { folderFor } from '../workspace/folder-access';
import { projectFor } from './project-access';

export class UpdateProject {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly folders: FolderRepository,
    private readonly access: WorkspaceAccess,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: ProjectId, changes: ProjectChanges): Promise<Result<Project, DomainError>> {
    const project = await projectFor(this.projects, this.access, principal, id, 'update');
    if (!project.ok) return project;
    if (changes.folderId !== undefined && changes.folderId !== project.value.folderId) {
      const target = await folderFor(this.folders, this.access, principal, changes.folderId, 'update');
      if (!target.ok) return target;
    }
    const changed = changedProject(project.value, changes, this.clock.now());
    if (!changed.ok) return changed;
    await this.projects.save(changed.value);
    return ok(changed.value);
  }
}
