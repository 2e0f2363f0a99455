/** Projects, layers, imports/exports and jobs as the platform's HTTP bridge and ORM need them. */
import { JobSchema } from './adapters/persistence/mikro-orm/job.entity';
import { LayerProjectSchema, ProjectPublicSchema } from './adapters/persistence/mikro-orm/layer-project.entity';
import { LayerSchema } from './adapters/persistence/mikro-orm/layer.entity';
import { ProjectSchema, UserProjectSchema } from './adapters/persistence/mikro-orm/project.entity';
import { CreateLayerFromDataset } from './application/import-export/create-layer-from-dataset.use-case';
import { ExportLayer } from './application/import-export/export-layer.use-case';
import { UploadDataset } from './application/import-export/upload-dataset.use-case';
import { GetJob } from './application/jobs/get-job.use-case';
import { KillJob } from './application/jobs/kill-job.use-case';
import { ListJobs } from './application/jobs/list-jobs.use-case';
import { MarkJobsRead } from './application/jobs/mark-jobs-read.use-case';
import { CreateRasterLayer } from './application/layers/create-raster-layer.use-case';
import { DeleteLayer } from './application/layers/delete-layer.use-case';
import { GetLayer } from './application/layers/get-layer.use-case';
import { ListLayers } from './application/layers/list-layers.use-case';
import { UpdateLayer } from './application/layers/update-layer.use-case';
import { AddLayersToProject } from './application/projects/add-layers-to-project.use-case';
import { CreateProject } from './application/projects/create-project.use-case';
import { DeleteProject } from './application/projects/delete-project.use-case';
import { GetInitialViewState } from './application/projects/get-initial-view-state.use-case';
import { GetProject } from './application/projects/get-project.use-case';
import { GetProjectLayer } from './application/projects/get-project-layer.use-case';
import { GetPublishedProject } from './application/projects/get-published-project.use-case';
import { ListProjectLayers } from './application/projects/list-project-layers.use-case';
import { ListProjects } from './application/projects/list-projects.use-case';
import { PublishProject } from './application/projects/publish-project.use-case';
import { RemoveProjectLayer } from './application/projects/remove-project-layer.use-case';
import { SaveInitialViewState } from './application/projects/save-initial-view-state.use-case';
import { UnpublishProject } from './application/projects/unpublish-project.use-case';
import { UpdateProject } from './application/projects/update-project.use-case';
import { UpdateProjectLayer } from './application/projects/update-project-layer.use-case';
import { LayerImportExportController } from './http/import-export/import-export.controller';
import { importExportOperations } from './http/import-export/import-export.operations';
import { UPLOAD_SETTINGS } from './http/import-export/upload-middleware';
import { JobController } from './http/jobs/job.controller';
import { jobOperations } from './http/jobs/job.operations';
import { LayerController } from './http/layers/layer.controller';
import { layerOperations } from './http/layers/layer.operations';
import { ProjectLayerController } from './http/projects/project-layer.controller';
import { ProjectPublicationController } from './http/projects/project-publication.controller';
import { ProjectController } from './http/projects/project.controller';
import { projectOperations } from './http/projects/project.operations';

export const workspaceEntities = [ProjectSchema, UserProjectSchema, LayerProjectSchema, ProjectPublicSchema, LayerSchema, JobSchema];

export const workspaceHttp = {
  // The import/export controller first: its fixed paths (/layer/file-upload…) before /layer/:layer_id.
  controllers: [LayerImportExportController, LayerController, ProjectController, ProjectLayerController, ProjectPublicationController, JobController],
  tokens: [
    CreateProject, ListProjects, GetProject, UpdateProject, DeleteProject, GetInitialViewState, SaveInitialViewState,
    AddLayersToProject, ListProjectLayers, GetProjectLayer, UpdateProjectLayer, RemoveProjectLayer,
    PublishProject, UnpublishProject, GetPublishedProject,
    ListLayers, GetLayer, UpdateLayer, DeleteLayer, CreateRasterLayer,
    UploadDataset, CreateLayerFromDataset, ExportLayer, UPLOAD_SETTINGS,
    GetJob, ListJobs, MarkJobsRead, KillJob,
  ],
  operations: [...projectOperations, ...layerOperations, ...importExportOperations, ...jobOperations],
};
