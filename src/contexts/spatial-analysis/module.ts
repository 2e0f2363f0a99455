import type { DependencyContainer } from 'tsyringe';
import type { ContextOptions } from '../../shared-kernel/context-registration';
import { EVENT_BUS, type EventBus } from '../../shared-kernel/event-bus.port';
import { useAuthorizationForWorkspace } from './adapters/authorization/authorization-workspace-access';
import type { CatchmentConfig } from './adapters/catchment/catchment-config';
import { eraseWorkspaceWhenUserDeleted } from './adapters/identity/erase-on-user-deleted';
import type { WorkspaceConfig } from './adapters/workspace/workspace-config';
import type { JobRunnerLog } from './application/jobs/job-runner';
import { EraseUserWorkspace } from './application/workspace/erase-user-workspace.use-case';
import { registerCatchmentAreas } from './module-catchment';
import { registerFeaturesAndTiles } from './module-features';
import { registerFolders } from './module-folders';
import { registerProjectsLayersAndJobs } from './module-workspace';

export interface SpatialAnalysisOptions extends ContextOptions {
  /** Uploads and jobs settings (UPLOAD_DIR, UPLOAD_MAX_MB, JOB_*); routing (STREET_NETWORK_PBF, R5_*). */
  readonly config?: WorkspaceConfig & CatchmentConfig;
  readonly log?: JobRunnerLog;
}

/**
 * Binds spatial analysis, one sub-area after another (module-<area>.ts): ports to the adapters the
 * options choose, use cases to their ports; access decisions go to the authorization context.
 */
export function registerSpatialAnalysis(container: DependencyContainer, options: SpatialAnalysisOptions): void {
  useAuthorizationForWorkspace(container);
  registerFolders(container, options);
  registerProjectsLayersAndJobs(container, options);
  registerFeaturesAndTiles(container, options);
  registerCatchmentAreas(container, { config: options.config, log: options.log });

  // Resolved when the event arrives, so test overrides applied after registration take effect.
  eraseWorkspaceWhenUserDeleted(container.resolve<EventBus>(EVENT_BUS), () => container.resolve(EraseUserWorkspace));
}
