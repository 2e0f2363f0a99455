import type { LayerId } from '../../domain/layers/layer';
import type { ProjectId } from '../../domain/projects/project';
import type { JobRepository } from '../../ports/jobs/job-repository.port';
import { eraseLayer, type LayerErasurePorts } from '../layers/erase-layer';
import { eraseProject, type ProjectErasurePorts } from '../projects/erase-project';

/** What a folder (or a whole account) holds besides itself: projects and layers, with their data. */
export interface WorkspaceContents {
  eraseFolder(folderId: string): Promise<void>;
  eraseOwner(ownerId: string): Promise<void>;
}

export interface WorkspaceContentsPorts extends LayerErasurePorts, ProjectErasurePorts {
  readonly jobs: JobRepository;
}

/** GOAT deletes a folder with everything in it; a deleted account leaves nothing either. */
export class EraseWorkspaceContents implements WorkspaceContents {
  constructor(private readonly ports: WorkspaceContentsPorts) {}

  async eraseFolder(folderId: string): Promise<void> {
    await this.erase(await this.ports.projects.idsInFolder(folderId), await this.ports.layers.idsInFolder(folderId));
  }

  async eraseOwner(ownerId: string): Promise<void> {
    await this.erase(await this.ports.projects.idsOwnedBy(ownerId), await this.ports.layers.idsOwnedBy(ownerId));
    await this.ports.jobs.deleteAllOf(ownerId);
  }

  private async erase(projectIds: ProjectId[], layerIds: LayerId[]): Promise<void> {
    for (const id of projectIds) await eraseProject(this.ports, id);
    for (const id of layerIds) await eraseLayer(this.ports, id);
  }
}
