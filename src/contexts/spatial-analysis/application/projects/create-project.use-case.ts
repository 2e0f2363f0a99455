import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { newProject, type Project, type ProjectDraft } from '../../domain/projects/project';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { ProjectAllowance } from '../../ports/projects/project-allowance.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { folderFor } from '../workspace/folder-access';
import type { PlaceBaseStreetNetwork } from './place-base-street-network';

/** Each project takes one of the plan's `projects`, and starts with the base street network when there is one. */
export class CreateProject {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly folders: FolderRepository,
    private readonly access: WorkspaceAccess,
    private readonly allowance: ProjectAllowance,
    private readonly clock: Clock,
    private readonly baseNetwork?: PlaceBaseStreetNetwork,
  ) {}

  async execute(principal: Principal, draft: ProjectDraft): Promise<Result<Project, DomainError>> {
    const folder = await folderFor(this.folders, this.access, principal, draft.folderId, 'update');
    if (!folder.ok) return folder;
    const project = newProject(principal.id, draft, this.clock.now());
    if (!project.ok) return project;
    // Taken atomically before saving, so a burst of creations never exceeds the plan.
    const taken = await this.allowance.take(principal);
    if (!taken.ok) return taken;
    try {
      await this.projects.save(project.value);
    } catch (error) {
      await this.allowance.giveBack(principal.id);
      throw error;
    }
    if (!this.baseNetwork) return ok(project.value);
    const placed = await this.baseNetwork.into(principal, project.value.id);
    if (!placed.ok) return placed;
    return ok((await this.projects.byId(project.value.id)) ?? project.value);
  }
}
