/**
 * Spatial analysis: the workspace (folders, projects, layers), routing and the analyses on top.
 * Other contexts use only what is exported here.
 */
import { folderEntities, foldersHttp } from './folders-http';
import { workspaceEntities, workspaceHttp } from './workspace-http';
import { catchmentHttp } from './catchment-http';
import { featuresHttp } from './features-http';

export { registerSpatialAnalysis, type SpatialAnalysisOptions } from './module';
export { EnsureHomeFolder } from './application/workspace/ensure-home-folder.use-case';
export { WORKSPACE_ACCESS, type WorkspaceAccess, type WorkspaceResource, type WorkspaceAction, type AccessDecision } from './ports/workspace-access.port';

export { jobWorkersOf } from './module-workspace';

export const spatialAnalysisEntities = [...folderEntities, ...workspaceEntities];

export const spatialAnalysisHttp = {
  controllers: [...foldersHttp.controllers, ...workspaceHttp.controllers, ...catchmentHttp.controllers, ...featuresHttp.controllers],
  tokens: [...foldersHttp.tokens, ...workspaceHttp.tokens, ...catchmentHttp.tokens, ...featuresHttp.tokens],
  operations: [...foldersHttp.operations, ...workspaceHttp.operations, ...catchmentHttp.operations, ...featuresHttp.operations],
};
