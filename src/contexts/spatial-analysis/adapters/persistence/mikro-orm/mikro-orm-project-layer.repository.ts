import type { EntityManager } from '@mikro-orm/core';
import type { ProjectId } from '../../../domain/projects/project';
import type { ProjectLayer, ProjectLayerDraft } from '../../../domain/projects/project-layer';
import type { ProjectLayerRepository } from '../../../ports/projects/project-layer-repository.port';
import { LayerProjectRecord, LayerProjectSchema } from './layer-project.entity';

const toDomain = (record: LayerProjectRecord): ProjectLayer => ({
  id: record.id,
  projectId: record.projectId as ProjectId,
  layerId: record.layerId,
  name: record.name,
  group: record.group,
  properties: record.properties,
  otherProperties: record.otherProperties,
  query: record.query,
  charts: record.charts,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

const fieldsOf = (placement: ProjectLayerDraft) => ({
  projectId: placement.projectId,
  layerId: placement.layerId,
  name: placement.name,
  group: placement.group,
  properties: { ...placement.properties },
  otherProperties: { ...placement.otherProperties },
  query: placement.query ? { ...placement.query } : null,
  charts: placement.charts ? { ...placement.charts } : null,
  createdAt: placement.createdAt,
  updatedAt: placement.updatedAt,
});

export class MikroOrmProjectLayerRepository implements ProjectLayerRepository {
  constructor(private readonly em: EntityManager) {}

  async add(drafts: readonly ProjectLayerDraft[]): Promise<ProjectLayer[]> {
    if (drafts.length === 0) return [];
    const em = this.em.fork();
    return em.transactional(async (tx) => {
      const added: ProjectLayer[] = [];
      for (const draft of drafts) {
        const id = (await tx.insert(LayerProjectSchema, fieldsOf(draft))) as number;
        added.push({ ...structuredClone(draft), id: Number(id) });
      }
      return added;
    });
  }

  async byId(id: number): Promise<ProjectLayer | null> {
    const record = await this.em.fork().findOne(LayerProjectSchema, { id });
    return record ? toDomain(record) : null;
  }

  async ofProject(projectId: ProjectId): Promise<ProjectLayer[]> {
    const records = await this.em.fork().find(LayerProjectSchema, { projectId }, { orderBy: { id: 'asc' } });
    return records.map(toDomain);
  }

  async countInProject(projectId: ProjectId): Promise<number> {
    return this.em.fork().count(LayerProjectSchema, { projectId });
  }

  async save(placement: ProjectLayer): Promise<void> {
    await this.em.fork().nativeUpdate(LayerProjectSchema, { id: placement.id }, fieldsOf(placement));
  }

  async delete(id: number): Promise<void> {
    await this.em.fork().nativeDelete(LayerProjectSchema, { id });
  }

  async deleteAllOfLayer(layerId: string): Promise<ProjectLayer[]> {
    const em = this.em.fork();
    return em.transactional(async (tx) => {
      const removed = await tx.find(LayerProjectSchema, { layerId });
      await tx.nativeDelete(LayerProjectSchema, { layerId });
      return removed.map(toDomain);
    });
  }

  async deleteAllOfProject(projectId: ProjectId): Promise<void> {
    await this.em.fork().nativeDelete(LayerProjectSchema, { projectId });
  }
}
