import { instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import { CLOCK, type Clock } from '../../shared-kernel/clock';
import { requireEntityManager, type ContextOptions } from '../../shared-kernel/context-registration';
import { InMemoryFolderRepository } from './adapters/persistence/in-memory/in-memory-folder.repository';
import { MikroOrmFolderRepository } from './adapters/persistence/mikro-orm/mikro-orm-folder.repository';
import { CreateFolder } from './application/workspace/create-folder.use-case';
import { DeleteFolder } from './application/workspace/delete-folder.use-case';
import { EnsureHomeFolder } from './application/workspace/ensure-home-folder.use-case';
import { EraseUserWorkspace } from './application/workspace/erase-user-workspace.use-case';
import { EraseWorkspaceContents } from './application/workspace/erase-workspace-contents';
import { GetFolder } from './application/workspace/get-folder.use-case';
import { ListFolders } from './application/workspace/list-folders.use-case';
import { RenameFolder } from './application/workspace/rename-folder.use-case';
import { FOLDER_REPOSITORY, type FolderRepository } from './ports/workspace/folder-repository.port';
import { WORKSPACE_ACCESS, type WorkspaceAccess } from './ports/workspace-access.port';

/** Folders: the repository the persistence chooses, and the folder use cases. */
export function registerFolders(container: DependencyContainer, options: ContextOptions): void {
  const folders: FolderRepository =
    options.persistence === 'postgis' ? new MikroOrmFolderRepository(requireEntityManager(options)) : new InMemoryFolderRepository();
  container.register(FOLDER_REPOSITORY, { useValue: folders });

  const singleton = <T>(token: unknown, factory: (c: DependencyContainer) => T): void => {
    container.register(token as never, { useFactory: instanceCachingFactory(factory) });
  };
  const repo = (c: DependencyContainer) => c.resolve<FolderRepository>(FOLDER_REPOSITORY);
  const clock = (c: DependencyContainer) => c.resolve<Clock>(CLOCK);
  const access = (c: DependencyContainer) => c.resolve<WorkspaceAccess>(WORKSPACE_ACCESS);
  singleton(EnsureHomeFolder, (c) => new EnsureHomeFolder(repo(c), clock(c)));
  singleton(CreateFolder, (c) => new CreateFolder(repo(c), c.resolve(EnsureHomeFolder), clock(c)));
  singleton(ListFolders, (c) => new ListFolders(repo(c), c.resolve(EnsureHomeFolder)));
  singleton(GetFolder, (c) => new GetFolder(repo(c), access(c)));
  singleton(RenameFolder, (c) => new RenameFolder(repo(c), access(c), clock(c)));
  singleton(DeleteFolder, (c) => new DeleteFolder(repo(c), access(c), c.resolve(EraseWorkspaceContents)));
  singleton(EraseUserWorkspace, (c) => new EraseUserWorkspace(repo(c), c.resolve(EraseWorkspaceContents), access(c)));
}
