import { InMemoryFolderRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-folder.repository';
import { describeFolderRepositoryContract } from '../../../../support/contracts/folder-repository.contract';

describeFolderRepositoryContract('in memory', () => new InMemoryFolderRepository());
