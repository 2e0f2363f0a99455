import { pageInMemory, type Page } from '../../../../../shared-kernel/paging';
import type { InitialViewState } from '../../../domain/projects/initial-view-state';
import type { Project, ProjectId } from '../../../domain/projects/project';
import type { ProjectQuery, ProjectRepository } from '../../../ports/projects/project-repository.port';
import { withinScope } from '../../../ports/shared-items.port';

export const newestFirst = <T extends { updatedAt: Date; id: string }>(a: T, b: T): number =>
  b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Keeps copies, so a caller's object never changes stored state without `save`. */
export class InMemoryProjectRepository implements ProjectRepository {
  private readonly rows = new Map<string, Project>();
  private readonly viewStates = new Map<string, InitialViewState>();

  async byId(id: ProjectId): Promise<Project | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async list(query: ProjectQuery): Promise<Page<Project>> {
    const needle = query.search?.toLowerCase();
    const matching = [...this.rows.values()]
      .filter((project) => withinScope(project, query.ownerId, query.sharedWithCaller))
      .filter((project) => !query.folderId || project.folderId === query.folderId)
      .filter((project) => !needle || project.name.toLowerCase().includes(needle))
      .sort(newestFirst)
      .map((project) => structuredClone(project));
    return pageInMemory(matching, query.page);
  }

  async save(project: Project): Promise<void> {
    this.rows.set(project.id, structuredClone(project));
  }

  async delete(id: ProjectId): Promise<void> {
    this.rows.delete(id);
    for (const key of this.viewStates.keys()) if (key.startsWith(`${id}/`)) this.viewStates.delete(key);
  }

  async idsInFolder(folderId: string): Promise<ProjectId[]> {
    return [...this.rows.values()].filter((project) => project.folderId === folderId).map((project) => project.id);
  }

  async idsOwnedBy(ownerId: string): Promise<ProjectId[]> {
    return [...this.rows.values()].filter((project) => project.ownerId === ownerId).map((project) => project.id);
  }

  async viewStateOf(projectId: ProjectId, userId: string): Promise<InitialViewState | null> {
    const state = this.viewStates.get(`${projectId}/${userId}`);
    return state ? { ...state } : null;
  }

  async saveViewState(projectId: ProjectId, userId: string, state: InitialViewState): Promise<void> {
    if (this.rows.has(projectId)) this.viewStates.set(`${projectId}/${userId}`, { ...state });
  }
}
