import { MikroOrmJobRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/mikro-orm-job.repository';
import { describeJobRepositoryContract } from '../../../../support/contracts/job-repository.contract';
import { workspaceOrm } from '../workspace-orm';

const db = workspaceOrm();

describeJobRepositoryContract('PostGIS (MikroORM)', () => new MikroOrmJobRepository(db.orm().em));
