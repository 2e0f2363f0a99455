import { instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import { CLOCK, type Clock } from '../../shared-kernel/clock';
import { requireEntityManager, type ContextOptions } from '../../shared-kernel/context-registration';
import { EVENT_BUS, type EventBus } from '../../shared-kernel/event-bus.port';
import { useAuthorizationForWorkspace } from './adapters/authorization/authorization-workspace-access';
import { eraseWorkspaceWhenUserDeleted } from './adapters/identity/erase-on-user-deleted';
import { InMemoryFolderRepository } from './adapters/persistence/in-memory/in-memory-folder.repository';
import { MikroOrmFolderRepository } from './adapters/persistence/mikro-orm/mikro-orm-folder.repository';
import { CreateFolder } from './application/workspace/create-folder.use-case';
import { DeleteFolder } from './application/workspace/delete-folder.use-case';
import { EnsureHomeFolder } from './application/workspace/ensure-home-folder.use-case';
import { EraseUserWorkspace } from './application/workspace/erase-user-workspace.use-case';
import { GetFolder } from './application/workspace/get-folder.use-case';
import { ListFolders } from './application/workspace/list-folders.use-case';
import { RenameFolder } from './application/workspace/rename-folder.use-case';
import { FOLDER_REPOSITORY, type FolderRepository } from './ports/workspace/folder-repository.port';
import { WORKSPACE_ACCESS, type WorkspaceAccess } from './ports/workspace-access.port';
import { registerProjectsLayersAndJobs } from './module-workspace';
import { EraseWorkspaceContents } from './application/workspace/erase-workspace-contents';
import type { WorkspaceConfig } from './adapters/workspace/workspace-config';
import type { CatchmentConfig } from './adapters/catchment/catchment-config';
import { registerCatchmentAreas } from './module-catchment';
import { registerFeaturesAndTiles } from './module-features';
import type { JobRunnerLog } from './application/jobs/job-runner';

export interface SpatialAnalysisOptions extends ContextOptions {
  /** Uploads and jobs settings (UPLOAD_DIR, UPLOAD_MAX_MB, JOB_*); routing (STREET_NETWORK_PBF, R5_*). */
  readonly config?: WorkspaceConfig & CatchmentConfig;
  readonly log?: JobRunnerLog;
}

type Factory<T> = (c: DependencyContainer) => T;
const singleton = <T>(container: DependencyContainer, token: unknown, factory: Factory<T>): void => {
  container.register(token as never, { useFactory: instanceCachingFactory(factory) });
};

/** Binds spatial analysis: ports to the adapters the options choose, use cases to their ports. */
export function registerSpatialAnalysis(container: DependencyContainer, options: SpatialAnalysisOptions): void {
  const folders: FolderRepository =
    options.persistence === 'postgis' ? new MikroOrmFolderRepository(requireEntityManager(options)) : new InMemoryFolderRepository();
  container.register(FOLDER_REPOSITORY, { useValue: folders });
  useAuthorizationForWorkspace(container);

  const repo = (c: DependencyContainer) => c.resolve<FolderRepository>(FOLDER_REPOSITORY);
  const clock = (c: DependencyContainer) => c.resolve<Clock>(CLOCK);
  const access = (c: DependencyContainer) => c.resolve<WorkspaceAccess>(WORKSPACE_ACCESS);
  singleton(container, EnsureHomeFolder, (c) => new EnsureHomeFolder(repo(c), clock(c)));
  singleton(container, CreateFolder, (c) => new CreateFolder(repo(c), c.resolve(EnsureHomeFolder), clock(c)));
  singleton(container, ListFolders, (c) => new ListFolders(repo(c), c.resolve(EnsureHomeFolder)));
  singleton(container, GetFolder, (c) => new GetFolder(repo(c), access(c)));
  singleton(container, RenameFolder, (c) => new RenameFolder(repo(c), access(c), clock(c)));
  singleton(container, DeleteFolder, (c) => new DeleteFolder(repo(c), access(c), c.resolve(EraseWorkspaceContents)));
  singleton(container, EraseUserWorkspace, (c) => new EraseUserWorkspace(repo(c), c.resolve(EraseWorkspaceContents), access(c)));
  registerProjectsLayersAndJobs(container, options);
  registerFeaturesAndTiles(container, options);
  registerCatchmentAreas(container, { config: options.config, log: options.log });

  // Resolved when the event arrives, so test overrides applied after registration take effect.
  eraseWorkspaceWhenUserDeleted(container.resolve<EventBus>(EVENT_BUS), () => container.resolve(EraseUserWorkspace));
}
