import type { MikroORM } from '@mikro-orm/core';
import { MikroOrmFolderRepository } from '../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/mikro-orm-folder.repository';
import { newFolder, type FolderId } from '../../../../src/contexts/spatial-analysis/domain/workspace/folder';
import { spatialAnalysisEntities } from '../../../../src/contexts/spatial-analysis';
import { createOrm } from '../../../../src/platform/persistence/orm';
import { testDatabaseUrl } from '../../../support/test-database';

/** An ORM on the test database with the spatial-analysis entities, and real folders for foreign keys. */
export function workspaceOrm(): { orm: () => MikroORM; folderFor: (ownerId: string) => Promise<FolderId> } {
  let orm: MikroORM;
  beforeAll(() => {
    orm = createOrm({ databaseUrl: testDatabaseUrl(), poolMax: 4, statementTimeoutMs: 20_000, entities: spatialAnalysisEntities });
  });
  afterAll(() => orm.close(true));
  let n = 0;
  return {
    orm: () => orm,
    folderFor: async (ownerId) => {
      const folder = newFolder(ownerId, `folder ${++n}`, new Date());
      if (!folder.ok) throw folder.error;
      await new MikroOrmFolderRepository(orm.em).save(folder.value);
      return folder.value.id;
    },
  };
}
