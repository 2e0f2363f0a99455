/**
 * Spatial analysis: the workspace (folders, projects, layers), routing and the analyses on top.
 * Other contexts use only what is exported here.
 */
import { FolderSchema } from './adapters/persistence/mikro-orm/folder.entity';
import { CreateFolder } from './application/workspace/create-folder.use-case';
import { DeleteFolder } from './application/workspace/delete-folder.use-case';
import { GetFolder } from './application/workspace/get-folder.use-case';
import { ListFolders } from './application/workspace/list-folders.use-case';
import { RenameFolder } from './application/workspace/rename-folder.use-case';
import { FolderController } from './http/workspace/folder.controller';
import { folderOperations } from './http/workspace/folder.operations';
import { workspaceEntities, workspaceHttp } from './workspace-http';
import { catchmentHttp } from './catchment-http';
import { featuresHttp } from './features-http';

export { registerSpatialAnalysis, type SpatialAnalysisOptions } from './module';
export { EnsureHomeFolder } from './application/workspace/ensure-home-folder.use-case';
export { WORKSPACE_ACCESS, type WorkspaceAccess, type WorkspaceResource, type WorkspaceAction, type AccessDecision } from './ports/workspace-access.port';

export { jobWorkersOf } from './module-workspace';

export const spatialAnalysisEntities = [FolderSchema, ...workspaceEntities];

export const spatialAnalysisHttp = {
  controllers: [FolderController, ...workspaceHttp.controllers, ...catchmentHttp.controllers, ...featuresHttp.controllers],
  tokens: [CreateFolder, ListFolders, GetFolder, RenameFolder, DeleteFolder, ...workspaceHttp.tokens, ...catchmentHttp.tokens, ...featuresHttp.tokens],
  operations: [...folderOperations, ...workspaceHttp.operations, ...catchmentHttp.operations, ...featuresHttp.operations],
};
