/** Authorization: who may do what. Other contexts use only what is exported here. */
import { AuditEntrySchema } from './adapters/persistence/mikro-orm/audit-entry.entity';
import { PlanSchema, RolePermissionSchema } from './adapters/persistence/mikro-orm/catalogue.entity';
import { GrantSchema } from './adapters/persistence/mikro-orm/grant.entity';
import { InvitationSchema } from './adapters/persistence/mikro-orm/invitation.entity';
import { OrganizationMemberSchema, OrganizationSchema } from './adapters/persistence/mikro-orm/organization.entity';
import { SubscriptionSchema } from './adapters/persistence/mikro-orm/subscription.entity';
import { TeamMemberSchema, TeamSchema } from './adapters/persistence/mikro-orm/team.entity';
import { ListPlans } from './application/billing/list-plans.use-case';
import { AcceptInvitation } from './application/invitations/accept-invitation.use-case';
import { CancelInvitation } from './application/invitations/cancel-invitation.use-case';
import { ChangeInvitationRole } from './application/invitations/change-invitation-role.use-case';
import { DeclineInvitation } from './application/invitations/decline-invitation.use-case';
import { InviteMember } from './application/invitations/invite-member.use-case';
import { ListMyInvitations } from './application/invitations/list-my-invitations.use-case';
import { ChangeMemberRole } from './application/organizations/change-member-role.use-case';
import { CreateOrganization } from './application/organizations/create-organization.use-case';
import { DeleteOrganization } from './application/organizations/delete-organization.use-case';
import { GetMyOrganization } from './application/organizations/get-my-organization.use-case';
import { GetOrganization } from './application/organizations/get-organization.use-case';
import { ListMembers } from './application/organizations/list-members.use-case';
import { ReadAuditLog } from './application/organizations/read-audit-log.use-case';
import { RemoveMember } from './application/organizations/remove-member.use-case';
import { TransferOwnership } from './application/organizations/transfer-ownership.use-case';
import { UpdateOrganizationProfile } from './application/organizations/update-organization-profile.use-case';
import { ListResourceAccess } from './application/sharing/list-resource-access.use-case';
import { ShareResource } from './application/sharing/share-resource.use-case';
import { AddTeamMember } from './application/teams/add-team-member.use-case';
import { CreateTeam } from './application/teams/create-team.use-case';
import { DeleteTeam } from './application/teams/delete-team.use-case';
import { GetTeam } from './application/teams/get-team.use-case';
import { ListMyTeams } from './application/teams/list-my-teams.use-case';
import { ListTeamMembers } from './application/teams/list-team-members.use-case';
import { RemoveTeamMember } from './application/teams/remove-team-member.use-case';
import { UpdateTeamProfile } from './application/teams/update-team-profile.use-case';
import { authorizationOperations } from './http/authorization.operations';
import { BillingController } from './http/billing.controller';
import { OrganizationInvitationController } from './http/organization-invitation.controller';
import { OrganizationController } from './http/organization.controller';
import { ShareController } from './http/share.controller';
import { TeamController } from './http/team.controller';
import { UserOrganizationController } from './http/user-organization.controller';

export { registerAuthorization, type AuthorizationOptions } from './module';
/** The policy decision point: ask before every action. */
export { ACCESS_POLICY, type AccessPolicy, type SharedResource } from './application/access/access-policy';
export type { AccessDecision, DenialReason, ProtectedResource, WorkspaceItem } from './domain/protected-resource';
export type { Permission } from './domain/permissions';
export type { ResourceType } from './domain/roles';
/** Plan limits: reserve before creating, release after deleting. */
export { QUOTAS, type Quotas } from './application/billing/quotas';
export type { Quota, Feature } from './domain/plan';
/** Implemented by spatial analysis: owner and folder of an item, for the share endpoints. */
export { WORKSPACE_ITEM_DIRECTORY, type WorkspaceItemDirectory } from './ports/workspace-item-directory.port';
/** Invitees get an identity-provider account; the composition root binds identity's admin here. */
export { INVITEE_DIRECTORY, type InviteeDirectory } from './ports/invitee-directory.port';
export { IdentityProviderInviteeDirectory } from './adapters/identity/identity-provider-invitee-directory';

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
export const authorizationHttp = {
  controllers: [OrganizationController, OrganizationInvitationController, UserOrganizationController, TeamController, ShareController, BillingController],
  tokens: [
    CreateOrganization, GetOrganization, UpdateOrganizationProfile, DeleteOrganization, ListMembers, ChangeMemberRole, RemoveMember,
    TransferOwnership, ReadAuditLog, InviteMember, ChangeInvitationRole, CancelInvitation, GetMyOrganization, ListMyInvitations,
    AcceptInvitation, DeclineInvitation, CreateTeam, ListMyTeams, GetTeam, UpdateTeamProfile, DeleteTeam, ListTeamMembers,
    AddTeamMember, RemoveTeamMember, ShareResource, ListResourceAccess, ListPlans,
  ] as unknown[],
  operations: authorizationOperations,
};
