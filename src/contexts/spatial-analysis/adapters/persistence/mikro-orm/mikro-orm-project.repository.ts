import type { EntityManager, ObjectQuery } from '@mikro-orm/core';
import { offsetOf, pageOf, type Page } from '../../../../../shared-kernel/paging';
import type { FolderId } from '../../../domain/workspace/folder';
import type { InitialViewState } from '../../../domain/projects/initial-view-state';
import type { Project, ProjectId } from '../../../domain/projects/project';
import type { ProjectQuery, ProjectRepository } from '../../../ports/projects/project-repository.port';
import { escapeLike } from './like-pattern';
import { ownedOrShared } from './owned-or-shared';
import { ProjectRecord, ProjectSchema, UserProjectSchema } from './project.entity';

const toDomain = (record: ProjectRecord): Project => ({
  id: record.id as ProjectId,
  ownerId: record.userId,
  folderId: record.folderId as FolderId,
  name: record.name,
  description: record.description,
  tags: record.tags,
  basemap: record.basemap,
  layerOrder: record.layerOrder,
  thumbnailUrl: record.thumbnailUrl,
  builderConfig: record.builderConfig,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

const toRecord = (project: Project): ProjectRecord => ({
  id: project.id,
  userId: project.ownerId,
  folderId: project.folderId,
  name: project.name,
  description: project.description,
  tags: [...project.tags],
  basemap: project.basemap,
  layerOrder: [...project.layerOrder],
  thumbnailUrl: project.thumbnailUrl,
  builderConfig: { ...project.builderConfig },
  createdAt: project.createdAt,
  updatedAt: project.updatedAt,
});

const toViewState = (stored: Record<string, number>): InitialViewState => ({
  latitude: stored.latitude,
  longitude: stored.longitude,
  zoom: stored.zoom,
  minZoom: stored.min_zoom,
  maxZoom: stored.max_zoom,
  bearing: stored.bearing,
  pitch: stored.pitch,
});

export class MikroOrmProjectRepository implements ProjectRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: ProjectId): Promise<Project | null> {
    const record = await this.em.fork().findOne(ProjectSchema, { id });
    return record ? toDomain(record) : null;
  }

  async list(query: ProjectQuery): Promise<Page<Project>> {
    const where: ObjectQuery<ProjectRecord> = ownedOrShared<ProjectRecord>(query.ownerId, query.sharedWithCaller);
    if (query.folderId) where.folderId = query.folderId;
    if (query.search) where.name = { $ilike: `%${escapeLike(query.search)}%` };
    const [records, total] = await this.em.fork().findAndCount(ProjectSchema, where, {
      orderBy: { updatedAt: 'desc', id: 'desc' },
      limit: query.page.size,
      offset: offsetOf(query.page),
    });
    return pageOf(records.map(toDomain), total, query.page);
  }

  async save(project: Project): Promise<void> {
    await this.em.fork().upsert(ProjectSchema, toRecord(project));
  }

  async delete(id: ProjectId): Promise<void> {
    // user_project, layer_project and project_public follow by ON DELETE CASCADE.
    await this.em.fork().nativeDelete(ProjectSchema, { id });
  }

  async idsInFolder(folderId: string): Promise<ProjectId[]> {
    const records = await this.em.fork().find(ProjectSchema, { folderId }, { fields: ['id'] });
    return records.map((record) => record.id as ProjectId);
  }

  async idsOwnedBy(ownerId: string): Promise<ProjectId[]> {
    const records = await this.em.fork().find(ProjectSchema, { userId: ownerId }, { fields: ['id'] });
    return records.map((record) => record.id as ProjectId);
  }

  async viewStateOf(projectId: ProjectId, userId: string): Promise<InitialViewState | null> {
    const record = await this.em.fork().findOne(UserProjectSchema, { projectId, userId });
    return record ? toViewState(record.initialViewState) : null;
  }

  async saveViewState(projectId: ProjectId, userId: string, state: InitialViewState): Promise<void> {
    if (!(await this.em.fork().count(ProjectSchema, { id: projectId }))) return;
    await this.em.fork().upsert(UserProjectSchema, {
      projectId,
      userId,
      initialViewState: {
        latitude: state.latitude,
        longitude: state.longitude,
        zoom: state.zoom,
        min_zoom: state.minZoom,
        max_zoom: state.maxZoom,
        bearing: state.bearing,
        pitch: state.pitch,
      },
    });
  }
}
