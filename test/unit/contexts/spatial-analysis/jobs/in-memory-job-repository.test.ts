import { InMemoryJobRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-job.repository';
import { describeJobRepositoryContract } from '../../../../support/contracts/job-repository.contract';

describeJobRepositoryContract('in memory', () => new InMemoryJobRepository());
