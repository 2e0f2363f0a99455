import { instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import { CLOCK, type Clock } from '../../shared-kernel/clock';
import { requireEntityManager } from '../../shared-kernel/context-registration';
import { quotaProjectAllowanceIn } from './adapters/authorization/quota-project-allowance';
import { quotaStorageIn } from './adapters/authorization/quota-storage';
import { GdalDatasetFiles } from './adapters/gdal/gdal-dataset-files';
import { GdalLayerFileWriter } from './adapters/gdal/gdal-layer-file-writer';
import { InMemoryJobQueue } from './adapters/jobs/in-memory-job.queue';
import { PgBossJobQueue } from './adapters/jobs/pg-boss-job.queue';
import { DnsHostResolver } from './adapters/network/dns-host-resolver';
import { InMemoryJobRepository } from './adapters/persistence/in-memory/in-memory-job.repository';
import { InMemoryLayerFeatureStore } from './adapters/persistence/in-memory/in-memory-layer-feature.store';
import { InMemoryLayerRepository } from './adapters/persistence/in-memory/in-memory-layer.repository';
import { InMemoryProjectLayerRepository } from './adapters/persistence/in-memory/in-memory-project-layer.repository';
import { InMemoryProjectRepository } from './adapters/persistence/in-memory/in-memory-project.repository';
import { InMemoryPublishedProjectRepository } from './adapters/persistence/in-memory/in-memory-published-project.repository';
import { MikroOrmJobRepository } from './adapters/persistence/mikro-orm/mikro-orm-job.repository';
import { MikroOrmLayerRepository } from './adapters/persistence/mikro-orm/mikro-orm-layer.repository';
import { MikroOrmProjectLayerRepository } from './adapters/persistence/mikro-orm/mikro-orm-project-layer.repository';
import { MikroOrmProjectRepository } from './adapters/persistence/mikro-orm/mikro-orm-project.repository';
import { MikroOrmPublishedProjectRepository } from './adapters/persistence/mikro-orm/mikro-orm-published-project.repository';
import { PostgisLayerFeatureStore } from './adapters/persistence/postgis/postgis-layer-feature.store';
import { workspaceSettingsOf } from './adapters/workspace/workspace-config';
import { CreateLayerFromDataset } from './application/import-export/create-layer-from-dataset.use-case';
import { ExportLayer } from './application/import-export/export-layer.use-case';
import { ImportDatasetJobHandler } from './application/import-export/import-dataset.job-handler';
import { UploadDataset } from './application/import-export/upload-dataset.use-case';
import { GetJob } from './application/jobs/get-job.use-case';
import { JobHandlers } from './application/jobs/job-handler';
import { JobRunner, type JobRunnerLog } from './application/jobs/job-runner';
import { KillJob } from './application/jobs/kill-job.use-case';
import { ListJobs } from './application/jobs/list-jobs.use-case';
import { MarkJobsRead } from './application/jobs/mark-jobs-read.use-case';
import { SubmitJob } from './application/jobs/submit-job';
import { CreateRasterLayer } from './application/layers/create-raster-layer.use-case';
import { DeleteLayer } from './application/layers/delete-layer.use-case';
import { GetLayer } from './application/layers/get-layer.use-case';
import { ListLayers } from './application/layers/list-layers.use-case';
import { UpdateLayer } from './application/layers/update-layer.use-case';
import { AddLayersToProject } from './application/projects/add-layers-to-project.use-case';
import { CreateProject } from './application/projects/create-project.use-case';
import { PlaceBaseStreetNetwork } from './application/projects/place-base-street-network';
import { DeleteProject } from './application/projects/delete-project.use-case';
import { GetInitialViewState } from './application/projects/get-initial-view-state.use-case';
import { GetProject } from './application/projects/get-project.use-case';
import { GetProjectLayer } from './application/projects/get-project-layer.use-case';
import { GetPublishedProject } from './application/projects/get-published-project.use-case';
import { ListProjectLayers } from './application/projects/list-project-layers.use-case';
import { ListProjects } from './application/projects/list-projects.use-case';
import type { ProjectLayerPorts } from './application/projects/project-layer-access';
import { PublishProject } from './application/projects/publish-project.use-case';
import { RemoveProjectLayer } from './application/projects/remove-project-layer.use-case';
import { SaveInitialViewState } from './application/projects/save-initial-view-state.use-case';
import { UnpublishProject } from './application/projects/unpublish-project.use-case';
import { UpdateProject } from './application/projects/update-project.use-case';
import { UpdateProjectLayer } from './application/projects/update-project-layer.use-case';
import { EraseWorkspaceContents } from './application/workspace/erase-workspace-contents';
import { UPLOAD_SETTINGS } from './http/import-export/upload-middleware';
import type { SpatialAnalysisOptions } from './module';
import { DATASET_FILES, type DatasetFiles } from './ports/import-export/dataset-files.port';
import { LAYER_FILE_WRITER, type LayerFileWriter } from './ports/import-export/layer-file-writer.port';
import { JOB_QUEUE, type JobQueue } from './ports/jobs/job-queue.port';
import { JOB_REPOSITORY, type JobRepository } from './ports/jobs/job-repository.port';
import { HOST_RESOLVER, type HostResolver } from './ports/layers/host-resolver.port';
import { LAYER_FEATURE_STORE, type LayerFeatureStore } from './ports/layers/layer-feature-store.port';
import { LAYER_REPOSITORY, type LayerRepository } from './ports/layers/layer-repository.port';
import { STORAGE_QUOTA, type StorageQuota } from './ports/layers/storage-quota.port';
import { PROJECT_ALLOWANCE, type ProjectAllowance } from './ports/projects/project-allowance.port';
import { PROJECT_LAYER_REPOSITORY, type ProjectLayerRepository } from './ports/projects/project-layer-repository.port';
import { PROJECT_REPOSITORY, type ProjectRepository } from './ports/projects/project-repository.port';
import { PUBLISHED_PROJECT_REPOSITORY, type PublishedProjectRepository } from './ports/projects/published-project-repository.port';
import { FOLDER_REPOSITORY, type FolderRepository } from './ports/workspace/folder-repository.port';
import { WORKSPACE_ACCESS, type WorkspaceAccess } from './ports/workspace-access.port';
import { SHARED_ITEMS, type SharedItems } from './ports/shared-items.port';

const silentLog: JobRunnerLog = { error: () => undefined, warn: () => undefined };

/** Projects, layers (metadata, rows, import, export) and durable jobs: ports to adapters, use cases to ports. */
export function registerProjectsLayersAndJobs(container: DependencyContainer, options: SpatialAnalysisOptions): void {
  const settings = workspaceSettingsOf(options.config);
  const postgis = options.persistence === 'postgis';
  const em = postgis ? requireEntityManager(options) : undefined;
  const value = (token: symbol, useValue: unknown) => container.register(token, { useValue });
  value(PROJECT_REPOSITORY, em ? new MikroOrmProjectRepository(em) : new InMemoryProjectRepository());
  value(PROJECT_LAYER_REPOSITORY, em ? new MikroOrmProjectLayerRepository(em) : new InMemoryProjectLayerRepository());
  value(PUBLISHED_PROJECT_REPOSITORY, em ? new MikroOrmPublishedProjectRepository(em) : new InMemoryPublishedProjectRepository());
  value(LAYER_REPOSITORY, em ? new MikroOrmLayerRepository(em) : new InMemoryLayerRepository());
  value(LAYER_FEATURE_STORE, em ? new PostgisLayerFeatureStore(em) : new InMemoryLayerFeatureStore());
  value(JOB_REPOSITORY, em ? new MikroOrmJobRepository(em) : new InMemoryJobRepository());
  const databaseUrl = options.config?.DATABASE_URL ?? (em ? String(em.config.get('clientUrl')) : undefined);
  value(
    JOB_QUEUE,
    em && databaseUrl
      ? new PgBossJobQueue({
          connectionString: databaseUrl,
          queueName: settings.jobs.queueName,
          concurrency: settings.jobs.concurrency,
          graceSeconds: 5,
          onError: (error) => (options.log ?? silentLog).warn({ err: error }, 'job queue (pg-boss) error'),
        })
      : new InMemoryJobQueue(settings.jobs.concurrency),
  );
  value(HOST_RESOLVER, new DnsHostResolver());
  value(STORAGE_QUOTA, quotaStorageIn(container));
  value(PROJECT_ALLOWANCE, quotaProjectAllowanceIn(container));
  value(DATASET_FILES, new GdalDatasetFiles(settings.uploadDirectory, settings.uploadMaxMegabytes));
  value(LAYER_FILE_WRITER, new GdalLayerFileWriter(settings.uploadDirectory));
  value(UPLOAD_SETTINGS, { directory: settings.uploadDirectory, maxMegabytes: settings.uploadMaxMegabytes });

  const get = <T>(c: DependencyContainer, token: symbol): T => c.resolve<T>(token);
  const clock = (c: DependencyContainer) => c.resolve<Clock>(CLOCK);
  const access = (c: DependencyContainer) => get<WorkspaceAccess>(c, WORKSPACE_ACCESS);
  const projects = (c: DependencyContainer) => get<ProjectRepository>(c, PROJECT_REPOSITORY);
  const placements = (c: DependencyContainer) => get<ProjectLayerRepository>(c, PROJECT_LAYER_REPOSITORY);
  const published = (c: DependencyContainer) => get<PublishedProjectRepository>(c, PUBLISHED_PROJECT_REPOSITORY);
  const layers = (c: DependencyContainer) => get<LayerRepository>(c, LAYER_REPOSITORY);
  const features = (c: DependencyContainer) => get<LayerFeatureStore>(c, LAYER_FEATURE_STORE);
  const folders = (c: DependencyContainer) => get<FolderRepository>(c, FOLDER_REPOSITORY);
  const jobs = (c: DependencyContainer) => get<JobRepository>(c, JOB_REPOSITORY);
  const datasets = (c: DependencyContainer) => get<DatasetFiles>(c, DATASET_FILES);
  const storage = (c: DependencyContainer) => get<StorageQuota>(c, STORAGE_QUOTA);
  const allowance = (c: DependencyContainer) => get<ProjectAllowance>(c, PROJECT_ALLOWANCE);
  const projectErasure = (c: DependencyContainer) => ({ projects: projects(c), published: published(c), placements: placements(c), allowance: allowance(c), access: access(c) });
  const projectLayerPorts = (c: DependencyContainer): ProjectLayerPorts => ({ projects: projects(c), layers: layers(c), placements: placements(c), access: access(c) });
  const singleton = <T>(token: unknown, factory: (c: DependencyContainer) => T) => container.register(token as never, { useFactory: instanceCachingFactory(factory) });

  singleton(CreateProject, (c) => new CreateProject(projects(c), folders(c), access(c), allowance(c), clock(c), new PlaceBaseStreetNetwork(layers(c), c.resolve(AddLayersToProject))));
  singleton(ListProjects, (c) => new ListProjects(projects(c), get<SharedItems>(c, SHARED_ITEMS)));
  singleton(GetProject, (c) => new GetProject(projects(c), access(c)));
  singleton(UpdateProject, (c) => new UpdateProject(projects(c), folders(c), access(c), clock(c)));
  singleton(DeleteProject, (c) => new DeleteProject(projectErasure(c)));
  singleton(GetInitialViewState, (c) => new GetInitialViewState(projects(c), access(c)));
  singleton(SaveInitialViewState, (c) => new SaveInitialViewState(projects(c), access(c)));
  singleton(AddLayersToProject, (c) => new AddLayersToProject(projects(c), layers(c), placements(c), access(c), clock(c)));
  singleton(ListProjectLayers, (c) => new ListProjectLayers(projects(c), layers(c), placements(c), access(c)));
  singleton(GetProjectLayer, (c) => new GetProjectLayer(projectLayerPorts(c)));
  singleton(UpdateProjectLayer, (c) => new UpdateProjectLayer(projectLayerPorts(c), clock(c)));
  singleton(RemoveProjectLayer, (c) => new RemoveProjectLayer(projectLayerPorts(c), clock(c)));
  singleton(PublishProject, (c) => new PublishProject(projectLayerPorts(c), published(c), clock(c)));
  singleton(UnpublishProject, (c) => new UnpublishProject(projects(c), published(c), access(c)));
  singleton(GetPublishedProject, (c) => new GetPublishedProject(published(c)));

  singleton(ListLayers, (c) => new ListLayers(layers(c), get<SharedItems>(c, SHARED_ITEMS)));
  singleton(GetLayer, (c) => new GetLayer(layers(c), access(c)));
  singleton(UpdateLayer, (c) => new UpdateLayer(layers(c), folders(c), access(c), clock(c)));
  singleton(DeleteLayer, (c) => new DeleteLayer({ layers: layers(c), features: features(c), placements: placements(c), storage: storage(c), access: access(c), projects: projects(c), clock: clock(c) }));
  singleton(CreateRasterLayer, (c) => new CreateRasterLayer(layers(c), folders(c), access(c), get<HostResolver>(c, HOST_RESOLVER), clock(c)));
  singleton(EraseWorkspaceContents, (c) => new EraseWorkspaceContents({ ...projectErasure(c), layers: layers(c), features: features(c), storage: storage(c), jobs: jobs(c), clock: clock(c) }));

  // Jobs: other job types (catchment areas…) register their handler on JobHandlers.
  singleton(JobHandlers, (c) => {
    const handlers = new JobHandlers();
    handlers.register(new ImportDatasetJobHandler({ datasets: datasets(c), features: features(c), layers: layers(c), projects: projects(c), placements: placements(c), storage: storage(c), clock: clock(c) }));
    return handlers;
  });
  singleton(JobRunner, (c) => new JobRunner(jobs(c), get<JobQueue>(c, JOB_QUEUE), c.resolve(JobHandlers), clock(c), settings.jobs, options.log ?? silentLog));
  singleton(SubmitJob, (c) => new SubmitJob(jobs(c), c.resolve(JobHandlers), c.resolve(JobRunner), clock(c)));
  singleton(GetJob, (c) => new GetJob(jobs(c), c.resolve(JobRunner)));
  singleton(ListJobs, (c) => new ListJobs(jobs(c), c.resolve(JobRunner)));
  singleton(MarkJobsRead, (c) => new MarkJobsRead(jobs(c), clock(c)));
  singleton(KillJob, (c) => new KillJob(jobs(c), clock(c), c.resolve(JobHandlers)));

  singleton(UploadDataset, (c) => new UploadDataset(datasets(c), settings.uploadMaxMegabytes, clock(c)));
  singleton(CreateLayerFromDataset, (c) =>
    new CreateLayerFromDataset({ datasets: datasets(c), folders: folders(c), projects: projects(c), layers: layers(c), access: access(c), quota: storage(c), submit: c.resolve(SubmitJob) }),
  );
  singleton(ExportLayer, (c) => new ExportLayer(layers(c), features(c), get<LayerFileWriter>(c, LAYER_FILE_WRITER), access(c), clock(c)));
}

/** The job workers of one app instance, for the platform to start at boot and stop at shutdown. */
export function jobWorkersOf(container: DependencyContainer): { start(): Promise<void>; stop(): Promise<void> } {
  return {
    start: () => container.resolve(JobRunner).ensureStarted(),
    stop: () => container.resolve(JobRunner).stop(),
  };
}
