import type { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, type Result } from '../../../../shared-kernel/result';
import type { DatasetId } from '../../domain/import-export/dataset';
import { ImportErrors } from '../../domain/import-export/import.errors';
import { isTabular } from '../../domain/import-export/upload-format';
import type { Job } from '../../domain/jobs/job';
import type { ProjectId } from '../../domain/projects/project';
import type { FolderId } from '../../domain/workspace/folder';
import type { DatasetFiles } from '../../ports/import-export/dataset-files.port';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { StorageQuota } from '../../ports/layers/storage-quota.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import type { SubmitJob } from '../jobs/submit-job';
import { projectFor } from '../projects/project-access';
import { folderFor } from '../workspace/folder-access';
import { IMPORT_JOB_TYPE, type ImportPayload } from './import-dataset.job-handler';

export interface CreateLayerFromDatasetInput {
  readonly kind: 'feature' | 'table';
  readonly datasetId: DatasetId;
  readonly folderId: FolderId;
  readonly name: string;
  readonly description?: string | null;
  readonly projectId?: ProjectId;
}

export interface CreateLayerFromDatasetPorts {
  readonly datasets: DatasetFiles;
  readonly folders: FolderRepository;
  readonly projects: ProjectRepository;
  readonly layers: LayerRepository;
  readonly access: WorkspaceAccess;
  readonly quota: StorageQuota;
  readonly submit: SubmitJob;
}

/**
 * Starts the import of an uploaded dataset as a new layer (GOAT's feature-standard and table
 * routes). Everything the caller could be refused is checked here, before a job exists.
 */
export class CreateLayerFromDataset {
  constructor(private readonly ports: CreateLayerFromDatasetPorts) {}

  async execute(principal: Principal, input: CreateLayerFromDatasetInput): Promise<Result<Job, DomainError>> {
    const dataset = await this.ports.datasets.byId(input.datasetId);
    if (!dataset || dataset.ownerId !== principal.id) return err(ImportErrors.datasetNotFound());
    if (dataset.layerType !== input.kind) {
      const tableWithoutCoordinates = input.kind === 'feature' && isTabular(dataset.format);
      return err(tableWithoutCoordinates ? ImportErrors.noCoordinates() : ImportErrors.wrongDatasetKind(input.kind, dataset.layerType));
    }
    const folder = await folderFor(this.ports.folders, this.ports.access, principal, input.folderId, 'update');
    if (!folder.ok) return folder;
    if (input.projectId) {
      const project = await projectFor(this.ports.projects, this.ports.access, principal, input.projectId, 'update');
      if (!project.ok) return project;
    }
    // Early and clear: the import job charges the bytes it actually stores when it registers the layer.
    const fits = await this.ports.quota.check(principal, dataset.sizeBytes);
    if (!fits.ok) return fits;
    const payload: ImportPayload = {
      dataset_id: dataset.id,
      layer_id: newId<'Layer'>(),
      folder_id: input.folderId,
      name: input.name,
      description: input.description ?? null,
      project_id: input.projectId ?? null,
    };
    return this.ports.submit.execute(principal, { type: IMPORT_JOB_TYPE, payload: { ...payload }, projectId: input.projectId ?? null });
  }
}
