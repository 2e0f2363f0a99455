import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { ProjectId } from '../../domain/projects/project';
import { eraseProject, type ProjectErasurePorts } from './erase-project';
import { projectFor } from './project-access';

/** Removes the project, its placements and its public snapshot; the layers themselves stay. */
export class DeleteProject {
  constructor(private readonly ports: ProjectErasurePorts) {}

  async execute(principal: Principal, id: ProjectId): Promise<Result<void, DomainError>> {
    const project = await projectFor(this.ports.projects, this.ports.access, principal, id, 'delete');
    if (!project.ok) return project;
    await eraseProject(this.ports, id);
    return ok(undefined);
  }
}
