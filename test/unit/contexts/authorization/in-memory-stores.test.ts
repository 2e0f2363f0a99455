import { newId } from '../../../../src/shared-kernel/ids';
import { InMemoryAuditLog } from '../../../../src/contexts/authorization/adapters/persistence/in-memory/in-memory-audit-log';
import { InMemoryGrantRepository } from '../../../../src/contexts/authorization/adapters/persistence/in-memory/in-memory-grant.repository';
import { InMemoryInvitationRepository } from '../../../../src/contexts/authorization/adapters/persistence/in-memory/in-memory-invitation.repository';
import { InMemoryOrganizationRepository } from '../../../../src/contexts/authorization/adapters/persistence/in-memory/in-memory-organization.repository';
import { InMemorySubscriptionRepository } from '../../../../src/contexts/authorization/adapters/persistence/in-memory/in-memory-subscription.repository';
import { InMemoryTeamRepository } from '../../../../src/contexts/authorization/adapters/persistence/in-memory/in-memory-team.repository';
import { describeGrantRepositoryContract } from '../../../support/contracts/grant-repository.contract';
import { describeAuditLogContract, describeInvitationRepositoryContract } from '../../../support/contracts/invitation-and-audit.contract';
import { describeOrganizationRepositoryContract } from '../../../support/contracts/organization-repository.contract';
import { describeSubscriptionRepositoryContract } from '../../../support/contracts/subscription-repository.contract';
import { describeTeamRepositoryContract } from '../../../support/contracts/team-repository.contract';

// Without foreign keys, any id will do as an organization.
const anyOrganization = async () => newId<'Organization'>();

describeSubscriptionRepositoryContract('in memory', () => new InMemorySubscriptionRepository());
describeOrganizationRepositoryContract('in memory', () => new InMemoryOrganizationRepository());
describeTeamRepositoryContract('in memory', () => new InMemoryTeamRepository(), anyOrganization);
describeGrantRepositoryContract('in memory', () => new InMemoryGrantRepository());
describeInvitationRepositoryContract('in memory', () => new InMemoryInvitationRepository(), anyOrganization);
describeAuditLogContract('in memory', () => new InMemoryAuditLog());
