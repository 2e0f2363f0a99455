import type { MikroORM } from '@mikro-orm/core';
import { newId } from '../../../../src/shared-kernel/ids';
import { MikroOrmAuditLog } from '../../../../src/contexts/authorization/adapters/persistence/mikro-orm/mikro-orm-audit-log';
import { MikroOrmGrantRepository } from '../../../../src/contexts/authorization/adapters/persistence/mikro-orm/mikro-orm-grant.repository';
import { MikroOrmInvitationRepository } from '../../../../src/contexts/authorization/adapters/persistence/mikro-orm/mikro-orm-invitation.repository';
import { MikroOrmOrganizationRepository } from '../../../../src/contexts/authorization/adapters/persistence/mikro-orm/mikro-orm-organization.repository';
import { MikroOrmSubscriptionRepository } from '../../../../src/contexts/authorization/adapters/persistence/mikro-orm/mikro-orm-subscription.repository';
import { MikroOrmTeamRepository } from '../../../../src/contexts/authorization/adapters/persistence/mikro-orm/mikro-orm-team.repository';
import { describeGrantRepositoryContract } from '../../../support/contracts/grant-repository.contract';
import { describeAuditLogContract, describeInvitationRepositoryContract } from '../../../support/contracts/invitation-and-audit.contract';
import { describeOrganizationRepositoryContract } from '../../../support/contracts/organization-repository.contract';
import { describeSubscriptionRepositoryContract } from '../../../support/contracts/subscription-repository.contract';
import { describeTeamRepositoryContract } from '../../../support/contracts/team-repository.contract';
import { authorizationOrm } from './orm';

let orm: MikroORM;
beforeAll(() => {
  // A pool wide enough for the concurrent burst to really run in parallel.
  orm = authorizationOrm(12);
});
afterAll(() => orm.close(true));

// Invitations and teams of organizations reference a stored organization (foreign keys).
const storedOrganization = async () => {
  const id = newId<'Organization'>();
  const now = new Date();
  await new MikroOrmOrganizationRepository(orm.em).save({ id, name: 'Org', profile: {}, createdAt: now, updatedAt: now });
  return id;
};

describeSubscriptionRepositoryContract('PostgreSQL (MikroORM)', () => new MikroOrmSubscriptionRepository(orm.em));
describeOrganizationRepositoryContract('PostgreSQL (MikroORM)', () => new MikroOrmOrganizationRepository(orm.em));
describeTeamRepositoryContract('PostgreSQL (MikroORM)', () => new MikroOrmTeamRepository(orm.em), storedOrganization);
describeGrantRepositoryContract('PostgreSQL (MikroORM)', () => new MikroOrmGrantRepository(orm.em));
describeInvitationRepositoryContract('PostgreSQL (MikroORM)', () => new MikroOrmInvitationRepository(orm.em), storedOrganization);
describeAuditLogContract('PostgreSQL (MikroORM)', () => new MikroOrmAuditLog(orm.em));
