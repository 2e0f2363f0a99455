import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { featureLayerOf, type FeatureLayer } from '../../domain/features/feature-layer';
import type { Layer, LayerId } from '../../domain/layers/layer';
import { LayerErrors } from '../../domain/layers/layer.errors';
import type { ProjectId } from '../../domain/projects/project';
import { ProjectErrors } from '../../domain/projects/project.errors';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { PublishedProjectRepository } from '../../ports/projects/published-project-repository.port';
import type { WorkspaceAccess, WorkspaceAction } from '../../ports/workspace-access.port';

export interface OpenedLayer {
  readonly layer: Layer;
  readonly features: FeatureLayer;
}

/** Anyone (signed in or not) reading through a published project: only what its snapshot shows. */
export interface ThroughPublishedProject {
  readonly publishedProjectId: string;
}

/** Who reads features: a signed-in principal, or anyone through a published project. */
export type FeatureReader = Principal | ThroughPublishedProject;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isThroughPublishedProject = (reader: FeatureReader): reader is ThroughPublishedProject => 'publishedProjectId' in reader;

/**
 * A layer whose features the caller may act on: not readable (or not a layer id at all) is "not
 * found", readable but not editable is "forbidden", a raster layer has no features here. A layer
 * shown by a published project is readable by everyone (the authorization context grants public
 * read on the project only, so the layer's publication is asked here).
 */
export class FeatureLayerAccess {
  constructor(
    private readonly layers: LayerRepository,
    private readonly access: WorkspaceAccess,
    private readonly published: PublishedProjectRepository,
  ) {}

  async open(reader: FeatureReader, id: string, action: WorkspaceAction = 'read'): Promise<Result<OpenedLayer, DomainError>> {
    if (!UUID.test(id)) return err(LayerErrors.notFound());
    if (isThroughPublishedProject(reader)) return action === 'read' ? this.openPublished(reader.publishedProjectId, id as LayerId) : err(LayerErrors.notFound());
    const layer = await this.layers.byId(id as LayerId);
    if (!layer) return err(LayerErrors.notFound());
    const resource = { type: 'layer' as const, id: layer.id, ownerId: layer.ownerId, folderId: layer.folderId };
    const readable = (await this.access.decide(reader, 'read', resource)).allowed || (await this.published.publishesLayer(layer.id));
    if (!readable) return err(LayerErrors.notFound());
    if (action !== 'read' && !(await this.access.decide(reader, action, resource)).allowed) return err(LayerErrors.forbidden());
    return this.featuresOf(layer);
  }

  /** Only a layer the published snapshot shows; its rows are read as they are now. */
  private async openPublished(projectId: string, layerId: LayerId): Promise<Result<OpenedLayer, DomainError>> {
    if (!UUID.test(projectId)) return err(ProjectErrors.notPublished());
    const snapshot = await this.published.byProject(projectId as ProjectId);
    if (!snapshot) return err(ProjectErrors.notPublished());
    if (!snapshot.layers.some((shown) => shown.layer.id === layerId)) return err(LayerErrors.notFound());
    const layer = await this.layers.byId(layerId);
    return layer ? this.featuresOf(layer) : err(LayerErrors.notFound());
  }

  private featuresOf(layer: Layer): Result<OpenedLayer, DomainError> {
    const features = featureLayerOf(layer);
    return features.ok ? ok({ layer, features: features.value }) : features;
  }
}
