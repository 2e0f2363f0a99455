import { InMemoryUserSettingsRepository } from '../../../../src/contexts/identity/adapters/persistence/in-memory/in-memory-user-settings.repository';
import { InMemoryUserRepository } from '../../../../src/contexts/identity/adapters/persistence/in-memory/in-memory-user.repository';
import { describeUserRepositoryContract } from '../../../support/contracts/user-repository.contract';
import { describeUserSettingsRepositoryContract } from '../../../support/contracts/user-settings-repository.contract';

describeUserRepositoryContract('in memory', () => new InMemoryUserRepository());
describeUserSettingsRepositoryContract('in memory', () => new InMemoryUserSettingsRepository());
