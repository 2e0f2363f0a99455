import { inMemoryStores } from '../../../../src/contexts/authorization/adapters/persistence/stores';
import { describeAccessPolicyContract } from '../../../support/contracts/grant-permission-table.contract';

describeAccessPolicyContract('in memory', async () => inMemoryStores());
