import type { EntityManager } from '@mikro-orm/core';
import type { LayerId } from '../../../domain/layers/layer';
import type { LayerInProject } from '../../../domain/projects/layer-in-project';
import type { Project, ProjectId } from '../../../domain/projects/project';
import type { PublishedProject } from '../../../domain/projects/published-project';
import type { PublishedProjectRepository } from '../../../ports/projects/published-project-repository.port';
import { ProjectPublicSchema } from './layer-project.entity';

/** Snapshots are JSON: timestamps go out as ISO strings and come back as Dates (every `…At` key). */
const revive = <T>(value: unknown): T =>
  JSON.parse(JSON.stringify(value), (key, item: unknown) => (key.endsWith('At') && typeof item === 'string' ? new Date(item) : item)) as T;

export class MikroOrmPublishedProjectRepository implements PublishedProjectRepository {
  constructor(private readonly em: EntityManager) {}

  async byProject(projectId: ProjectId): Promise<PublishedProject | null> {
    const record = await this.em.fork().findOne(ProjectPublicSchema, { projectId });
    if (!record) return null;
    const snapshot = revive<{ project: Project; layers: LayerInProject[] }>(record.snapshot);
    return { projectId, ownerId: record.userId, project: snapshot.project, layers: snapshot.layers, publishedAt: record.publishedAt };
  }

  async save(published: PublishedProject): Promise<void> {
    await this.em.fork().upsert(ProjectPublicSchema, {
      projectId: published.projectId,
      userId: published.ownerId,
      snapshot: JSON.parse(JSON.stringify({ project: published.project, layers: published.layers })) as Record<string, unknown>,
      publishedAt: published.publishedAt,
    });
  }

  async delete(projectId: ProjectId): Promise<void> {
    await this.em.fork().nativeDelete(ProjectPublicSchema, { projectId });
  }

  async publishesLayer(layerId: LayerId): Promise<boolean> {
    // Containment on the snapshot's layer list; published projects are few, so no index yet.
    const rows = await this.em.getConnection().execute<{ shown: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM spatial_analysis.project_public WHERE snapshot->'layers' @> ?::jsonb) AS shown`,
      [JSON.stringify([{ layer: { id: layerId } }])],
    );
    return rows[0]?.shown === true;
  }
}
