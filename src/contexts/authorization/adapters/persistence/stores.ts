import type { EntityManager } from '@mikro-orm/core';
import type { AuditLog } from '../../ports/audit-log.port';
import type { GrantRepository } from '../../ports/grant-repository.port';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { PermissionCatalogue } from '../../ports/permission-catalogue.port';
import type { PlanCatalogue } from '../../ports/plan-catalogue.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';
import { InMemoryAuditLog } from './in-memory/in-memory-audit-log';
import { InMemoryPermissionCatalogue, InMemoryPlanCatalogue } from './in-memory/in-memory-catalogues';
import { InMemoryGrantRepository } from './in-memory/in-memory-grant.repository';
import { InMemoryInvitationRepository } from './in-memory/in-memory-invitation.repository';
import { InMemoryOrganizationRepository } from './in-memory/in-memory-organization.repository';
import { InMemorySubscriptionRepository } from './in-memory/in-memory-subscription.repository';
import { InMemoryTeamRepository } from './in-memory/in-memory-team.repository';
import { MikroOrmAuditLog } from './mikro-orm/mikro-orm-audit-log';
import { MikroOrmPermissionCatalogue, MikroOrmPlanCatalogue } from './mikro-orm/mikro-orm-catalogues';
import { MikroOrmGrantRepository } from './mikro-orm/mikro-orm-grant.repository';
import { MikroOrmInvitationRepository } from './mikro-orm/mikro-orm-invitation.repository';
import { MikroOrmOrganizationRepository } from './mikro-orm/mikro-orm-organization.repository';
import { MikroOrmSubscriptionRepository } from './mikro-orm/mikro-orm-subscription.repository';
import { MikroOrmTeamRepository } from './mikro-orm/mikro-orm-team.repository';

/** Every store of the context, of one persistence. */
export interface AuthorizationStores {
  readonly permissions: PermissionCatalogue;
  readonly plans: PlanCatalogue;
  readonly organizations: OrganizationRepository;
  readonly invitations: InvitationRepository;
  readonly teams: TeamRepository;
  readonly grants: GrantRepository;
  readonly subscriptions: SubscriptionRepository;
  readonly audit: AuditLog;
}

export const inMemoryStores = (): AuthorizationStores => ({
  permissions: new InMemoryPermissionCatalogue(),
  plans: new InMemoryPlanCatalogue(),
  organizations: new InMemoryOrganizationRepository(),
  invitations: new InMemoryInvitationRepository(),
  teams: new InMemoryTeamRepository(),
  grants: new InMemoryGrantRepository(),
  subscriptions: new InMemorySubscriptionRepository(),
  audit: new InMemoryAuditLog(),
});

export const mikroOrmStores = (em: EntityManager): AuthorizationStores => ({
  permissions: new MikroOrmPermissionCatalogue(em),
  plans: new MikroOrmPlanCatalogue(em),
  organizations: new MikroOrmOrganizationRepository(em),
  invitations: new MikroOrmInvitationRepository(em),
  teams: new MikroOrmTeamRepository(em),
  grants: new MikroOrmGrantRepository(em),
  subscriptions: new MikroOrmSubscriptionRepository(em),
  audit: new MikroOrmAuditLog(em),
});
