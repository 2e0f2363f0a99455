import { InMemorySubscriptionRepository } from '../../../../src/contexts/authorization/adapters/persistence/in-memory/in-memory-subscription.repository';
import { describeSubscriptionRepositoryContract } from '../../../support/contracts/subscription-repository.contract';

describeSubscriptionRepositoryContract('in memory', () => new InMemorySubscriptionRepository());
