import type { MikroORM } from '@mikro-orm/core';
import { MikroOrmUserSettingsRepository } from '../../../../src/contexts/identity/adapters/persistence/mikro-orm/mikro-orm-user-settings.repository';
import { MikroOrmUserRepository } from '../../../../src/contexts/identity/adapters/persistence/mikro-orm/mikro-orm-user.repository';
import { UserSettingsSchema } from '../../../../src/contexts/identity/adapters/persistence/mikro-orm/user-settings.entity';
import { UserSchema } from '../../../../src/contexts/identity/adapters/persistence/mikro-orm/user.entity';
import { createOrm } from '../../../../src/platform/persistence/orm';
import { describeUserRepositoryContract } from '../../../support/contracts/user-repository.contract';
import { describeUserSettingsRepositoryContract } from '../../../support/contracts/user-settings-repository.contract';
import { testDatabaseUrl } from '../../../support/test-database';

let orm: MikroORM;
beforeAll(() => {
  orm = createOrm({ databaseUrl: testDatabaseUrl(), poolMax: 4, statementTimeoutMs: 10_000, entities: [UserSchema, UserSettingsSchema] });
});
afterAll(() => orm.close(true));

describeUserRepositoryContract('PostgreSQL (MikroORM)', () => new MikroOrmUserRepository(orm.em));
describeUserSettingsRepositoryContract('PostgreSQL (MikroORM)', () => new MikroOrmUserSettingsRepository(orm.em));
