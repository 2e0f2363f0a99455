/** Folders as the platform's HTTP bridge and ORM need them. */
import { FolderSchema } from './adapters/persistence/mikro-orm/folder.entity';
import { CreateFolder } from './application/workspace/create-folder.use-case';
import { DeleteFolder } from './application/workspace/delete-folder.use-case';
import { GetFolder } from './application/workspace/get-folder.use-case';
import { ListFolders } from './application/workspace/list-folders.use-case';
import { RenameFolder } from './application/workspace/rename-folder.use-case';
import { FolderController } from './http/workspace/folder.controller';
import { folderOperations } from './http/workspace/folder.operations';

export const folderEntities = [FolderSchema];

export const foldersHttp = {
  controllers: [FolderController],
  tokens: [CreateFolder, ListFolders, GetFolder, RenameFolder, DeleteFolder],
  operations: folderOperations,
};
