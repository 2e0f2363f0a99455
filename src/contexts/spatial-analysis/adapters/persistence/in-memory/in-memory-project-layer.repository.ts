import type { ProjectId } from '../../../domain/projects/project';
import type { ProjectLayer, ProjectLayerDraft } from '../../../domain/projects/project-layer';
import type { ProjectLayerRepository } from '../../../ports/projects/project-layer-repository.port';

/** Hands out layer_project_ids from one counter, as a database sequence would. */
export class InMemoryProjectLayerRepository implements ProjectLayerRepository {
  private readonly rows = new Map<number, ProjectLayer>();
  private lastId = 0;

  async add(drafts: readonly ProjectLayerDraft[]): Promise<ProjectLayer[]> {
    return drafts.map((draft) => {
      const placement: ProjectLayer = { ...structuredClone(draft), id: ++this.lastId };
      this.rows.set(placement.id, structuredClone(placement));
      return placement;
    });
  }

  async byId(id: number): Promise<ProjectLayer | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async ofProject(projectId: ProjectId): Promise<ProjectLayer[]> {
    return [...this.rows.values()]
      .filter((placement) => placement.projectId === projectId)
      .sort((a, b) => a.id - b.id)
      .map((placement) => structuredClone(placement));
  }

  async countInProject(projectId: ProjectId): Promise<number> {
    return [...this.rows.values()].filter((placement) => placement.projectId === projectId).length;
  }

  async save(placement: ProjectLayer): Promise<void> {
    if (this.rows.has(placement.id)) this.rows.set(placement.id, structuredClone(placement));
  }

  async delete(id: number): Promise<void> {
    this.rows.delete(id);
  }

  async deleteAllOfLayer(layerId: string): Promise<ProjectLayer[]> {
    const removed: ProjectLayer[] = [];
    for (const [id, placement] of this.rows) {
      if (placement.layerId !== layerId) continue;
      removed.push(structuredClone(placement));
      this.rows.delete(id);
    }
    return removed;
  }

  async deleteAllOfProject(projectId: ProjectId): Promise<void> {
    for (const [id, placement] of this.rows) if (placement.projectId === projectId) this.rows.delete(id);
  }
}
