import type { LayerId } from '../../../domain/layers/layer';
import type { ProjectId } from '../../../domain/projects/project';
import type { PublishedProject } from '../../../domain/projects/published-project';
import type { PublishedProjectRepository } from '../../../ports/projects/published-project-repository.port';

export class InMemoryPublishedProjectRepository implements PublishedProjectRepository {
  private readonly rows = new Map<string, PublishedProject>();

  async byProject(projectId: ProjectId): Promise<PublishedProject | null> {
    const row = this.rows.get(projectId);
    return row ? structuredClone(row) : null;
  }

  async save(published: PublishedProject): Promise<void> {
    this.rows.set(published.projectId, structuredClone(published));
  }

  async delete(projectId: ProjectId): Promise<void> {
    this.rows.delete(projectId);
  }

  async publishesLayer(layerId: LayerId): Promise<boolean> {
    return [...this.rows.values()].some((row) => row.layers.some((shown) => shown.layer.id === layerId));
  }
}
