import type { MikroORM } from '@mikro-orm/core';
import { MikroOrmFolderRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/mikro-orm-folder.repository';
import { FolderSchema } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/folder.entity';
import { createOrm } from '../../../../../src/platform/persistence/orm';
import { describeFolderRepositoryContract } from '../../../../support/contracts/folder-repository.contract';
import { testDatabaseUrl } from '../../../../support/test-database';

let orm: MikroORM;
beforeAll(() => {
  orm = createOrm({ databaseUrl: testDatabaseUrl(), poolMax: 4, statementTimeoutMs: 10_000, entities: [FolderSchema] });
});
afterAll(() => orm.close(true));

describeFolderRepositoryContract('PostGIS (MikroORM)', () => new MikroOrmFolderRepository(orm.em));
