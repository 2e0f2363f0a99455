/** Authorization: who may do what. Other contexts use only what is exported here. */
import { AuditEntrySchema } from './adapters/persistence/mikro-orm/audit-entry.entity';
import { PlanSchema, RolePermissionSchema } from './adapters/persistence/mikro-orm/catalogue.entity';
import { GrantSchema } from './adapters/persistence/mikro-orm/grant.entity';
import { InvitationSchema } from './adapters/persistence/mikro-orm/invitation.entity';
import { OrganizationMemberSchema, OrganizationSchema } from './adapters/persistence/mikro-orm/organization.entity';
import { SubscriptionSchema } from './adapters/persistence/mikro-orm/subscription.entity';
import { TeamMemberSchema, TeamSchema } from './adapters/persistence/mikro-orm/team.entity';

export { registerAuthorization, type AuthorizationOptions } from './module';
/** The policy decision point: ask before every action. */
export { ACCESS_POLICY, type AccessPolicy } from './application/access/access-policy';
export type { AccessDecision, DenialReason, ProtectedResource, WorkspaceItem } from './domain/protected-resource';
export type { Permission } from './domain/permissions';
export type { ResourceType } from './domain/roles';
/** Plan limits: reserve before creating, release after deleting. */
export { QUOTAS, type Quotas } from './application/billing/quotas';
export type { Quota, Feature } from './domain/plan';
/** Implemented by spatial analysis: owner and folder of an item, for the share endpoints. */
export { WORKSPACE_ITEM_DIRECTORY, type WorkspaceItemDirectory } from './ports/workspace-item-directory.port';

export const authorizationEntities = [
  RolePermissionSchema,
  PlanSchema,
  OrganizationSchema,
  OrganizationMemberSchema,
  InvitationSchema,
  TeamSchema,
  TeamMemberSchema,
  GrantSchema,
  SubscriptionSchema,
  AuditEntrySchema,
];
export const authorizationHttp = { controllers: [] as Function[], tokens: [] as unknown[], operations: [] };
