import type { Clock } from '../../../../shared-kernel/clock';
import type { DatasetId } from '../../domain/import-export/dataset';
import { ImportErrors } from '../../domain/import-export/import.errors';
import { newLayer, type LayerId } from '../../domain/layers/layer';
import { attributesFor } from '../../domain/layers/layer-attributes';
import { withLayersOnTop, type ProjectId } from '../../domain/projects/project';
import type { FolderId } from '../../domain/workspace/folder';
import type { DatasetFiles } from '../../ports/import-export/dataset-files.port';
import type { LayerFeatureStore } from '../../ports/layers/layer-feature-store.port';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { StorageQuota } from '../../ports/layers/storage-quota.port';
import { chargedStorageBytes } from '../../domain/layers/layer-storage';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { JobContext, JobHandler, JobOutcome } from '../jobs/job-handler';

export const IMPORT_JOB_TYPE = 'file_import';

/** Snake-case, as stored with the job and shown in GET /job/{id}. */
export interface ImportPayload {
  readonly dataset_id: string;
  /** Chosen when the job is submitted, so a redelivered run finds (or replaces) its own work. */
  readonly layer_id: string;
  readonly folder_id: string;
  readonly name: string;
  readonly description: string | null;
  readonly project_id: string | null;
}

export interface ImportPorts {
  readonly datasets: DatasetFiles;
  readonly features: LayerFeatureStore;
  readonly layers: LayerRepository;
  readonly projects: ProjectRepository;
  readonly placements: ProjectLayerRepository;
  readonly storage: StorageQuota;
  readonly clock: Clock;
}

/**
 * upload: the dataset's features, reprojected to EPSG:4326, go into the feature store in one
 * all-or-nothing load (geometries repaired on the way); migration: the layer is registered and, when
 * asked, placed on top of the project; its stored bytes are charged to the plan's storage then.
 * Idempotent; undo removes all three and gives the bytes back.
 */
export class ImportDatasetJobHandler implements JobHandler<ImportPayload> {
  readonly type = IMPORT_JOB_TYPE;
  readonly steps = ['upload', 'migration'] as const;

  constructor(private readonly ports: ImportPorts) {}

  async run(payload: ImportPayload, context: JobContext): Promise<JobOutcome> {
    const layerId = payload.layer_id as LayerId;
    const done = await this.ports.layers.byId(layerId);
    if (done) return { layerIds: [layerId], result: { layer_id: layerId, feature_count: done.data.featureCount } };
    const dataset = await this.ports.datasets.byId(payload.dataset_id as DatasetId);
    if (!dataset || dataset.ownerId !== context.ownerId) throw ImportErrors.datasetNotFound();
    const attributes = attributesFor(dataset.fields);

    const stored = await context.step('upload', async () => {
      await this.ports.features.drop(layerId); // what an interrupted earlier delivery may have left
      return this.ports.features.create(layerId, await this.ports.datasets.open(dataset, attributes));
    });
    if (dataset.layerType === 'feature' && stored.featureCount === 0 && stored.droppedGeometries > 0) {
      throw ImportErrors.geometryUnrepairable(stored.droppedGeometries);
    }

    const placement = await context.step('migration', async () => {
      const now = this.ports.clock.now();
      const layer = newLayer(
        {
          id: layerId,
          ownerId: context.ownerId,
          folderId: payload.folder_id as FolderId,
          metadata: { name: payload.name, description: payload.description },
          type: dataset.layerType,
          geometryType: dataset.geometryType,
          featureLayerType: dataset.layerType === 'feature' ? 'standard' : null,
          jobId: context.jobId,
          data: {
            featureCount: stored.featureCount,
            sizeBytes: stored.sizeBytes,
            extent: stored.extent,
            attributes,
            uploadFileType: dataset.format,
            uploadReferenceSystem: dataset.referenceSystem,
          },
        },
        now,
      );
      if (!layer.ok) throw layer.error;
      // Charged with the bytes stored, as the layer is registered: the layer exists exactly when it is charged.
      const charged = await this.ports.storage.charge(context.ownerId, chargedStorageBytes(layer.value));
      if (!charged.ok) throw charged.error;
      try {
        await this.ports.layers.save(layer.value);
      } catch (error) {
        await this.ports.storage.giveBack(context.ownerId, chargedStorageBytes(layer.value));
        throw error;
      }
      if (!payload.project_id) return null;
      const project = await this.ports.projects.byId(payload.project_id as ProjectId);
      if (!project) return null;
      const [added] = await this.ports.placements.add([
        { projectId: project.id, layerId, name: layer.value.name, group: null, properties: layer.value.properties, otherProperties: {}, query: null, charts: null, createdAt: now, updatedAt: now },
      ]);
      await this.ports.projects.save(withLayersOnTop(project, [added.id], now));
      return added;
    });

    return {
      layerIds: [layerId],
      result: {
        layer_id: layerId,
        feature_count: stored.featureCount,
        repaired_geometries: stored.repairedGeometries,
        dropped_geometries: stored.droppedGeometries,
        ...(placement ? { layer_project_id: placement.id } : {}),
      },
      message: stored.repairedGeometries ? `${stored.repairedGeometries} invalid geometries were repaired.` : undefined,
    };
  }

  async undo(payload: ImportPayload): Promise<void> {
    const layerId = payload.layer_id as LayerId;
    if (payload.project_id) {
      const project = await this.ports.projects.byId(payload.project_id as ProjectId);
      const placements = project ? (await this.ports.placements.ofProject(project.id)).filter((placement) => placement.layerId === layerId) : [];
      if (project && placements.length > 0) {
        const ids = new Set(placements.map((placement) => placement.id));
        await this.ports.projects.save({ ...project, layerOrder: project.layerOrder.filter((id) => !ids.has(id)) });
      }
    }
    const layer = await this.ports.layers.byId(layerId);
    await this.ports.placements.deleteAllOfLayer(layerId);
    await this.ports.features.drop(layerId);
    await this.ports.layers.delete(layerId);
    if (layer && chargedStorageBytes(layer) > 0) await this.ports.storage.giveBack(layer.ownerId, chargedStorageBytes(layer));
  }
}
