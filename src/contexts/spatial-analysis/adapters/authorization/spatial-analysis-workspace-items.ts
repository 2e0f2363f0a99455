import type { DependencyContainer } from 'tsyringe';
import type { ResourceType, WorkspaceItem, WorkspaceItemDirectory } from '../../../authorization';
import type { FolderId } from '../../domain/workspace/folder';
import type { LayerId } from '../../domain/layers/layer';
import type { ProjectId } from '../../domain/projects/project';
import { LAYER_REPOSITORY, type LayerRepository } from '../../ports/layers/layer-repository.port';
import { PROJECT_REPOSITORY, type ProjectRepository } from '../../ports/projects/project-repository.port';
import { PUBLISHED_PROJECT_REPOSITORY, type PublishedProjectRepository } from '../../ports/projects/published-project-repository.port';
import { FOLDER_REPOSITORY, type FolderRepository } from '../../ports/workspace/folder-repository.port';

/** Tells authorization who owns a folder, project or layer and where it sits (for sharing). */
export class SpatialAnalysisWorkspaceItems implements WorkspaceItemDirectory {
  constructor(private readonly container: DependencyContainer) {}

  async describe(type: ResourceType, id: string): Promise<WorkspaceItem | null> {
    if (type === 'folder') {
      const folder = await this.container.resolve<FolderRepository>(FOLDER_REPOSITORY).byId(id as FolderId);
      return folder ? { type, id: folder.id, ownerId: folder.ownerId } : null;
    }
    if (type === 'project') {
      const project = await this.container.resolve<ProjectRepository>(PROJECT_REPOSITORY).byId(id as ProjectId);
      if (!project) return null;
      const published = await this.container.resolve<PublishedProjectRepository>(PUBLISHED_PROJECT_REPOSITORY).byProject(project.id);
      return { type, id: project.id, ownerId: project.ownerId, folderId: project.folderId, published: published !== null };
    }
    const layer = await this.container.resolve<LayerRepository>(LAYER_REPOSITORY).byId(id as LayerId);
    return layer ? { type, id: layer.id, ownerId: layer.ownerId, folderId: layer.folderId } : null;
  }
}
