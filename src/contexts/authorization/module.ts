import { instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import { CLOCK, type Clock } from '../../shared-kernel/clock';
import { requireEntityManager, type ContextOptions } from '../../shared-kernel/context-registration';
import { EVENT_BUS, type EventBus } from '../../shared-kernel/event-bus.port';
import { eraseAuthorizationWhenUserDeleted } from './adapters/identity/erase-on-user-deleted';
import { AwaitingSignInInviteeDirectory, InMemoryWorkspaceItemDirectory } from './adapters/persistence/in-memory/in-memory-directories';
import { inMemoryStores, mikroOrmStores, type AuthorizationStores } from './adapters/persistence/stores';
import { ACCESS_POLICY, type AccessPolicy } from './application/access/access-policy';
import { PolicyDecisionPoint } from './application/access/policy-decision-point';
import { ListPlans } from './application/billing/list-plans.use-case';
import { QUOTAS } from './application/billing/quotas';
import { SubscriptionQuotas } from './application/billing/subscription-quotas';
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
import { EraseUserAuthorization } from './application/users/erase-user-authorization.use-case';
import { INVITEE_DIRECTORY, type InviteeDirectory } from './ports/invitee-directory.port';
import { WORKSPACE_ITEM_DIRECTORY, type WorkspaceItemDirectory } from './ports/workspace-item-directory.port';

export type AuthorizationOptions = ContextOptions;

/** The stores this container uses; tests reach them to arrange state (suspend a plan, lower a limit). */
export const AUTHORIZATION_STORES: unique symbol = Symbol('AuthorizationStores');

type Factory<T> = (c: DependencyContainer) => T;
const singleton = <T>(container: DependencyContainer, token: unknown, factory: Factory<T>): void => {
  container.register(token as never, { useFactory: instanceCachingFactory(factory) });
};

/**
 * Binds authorization: stores of the chosen persistence, the policy decision point and quota facade
 * other contexts call, and the use cases. Spatial analysis replaces WORKSPACE_ITEM_DIRECTORY with
 * its own items; identity's provider administration replaces INVITEE_DIRECTORY when wired.
 */
export function registerAuthorization(container: DependencyContainer, options: AuthorizationOptions): void {
  const stores = options.persistence === 'postgis' ? mikroOrmStores(requireEntityManager(options)) : inMemoryStores();
  container.register(AUTHORIZATION_STORES, { useValue: stores });
  container.register(INVITEE_DIRECTORY, { useValue: new AwaitingSignInInviteeDirectory() });
  container.register(WORKSPACE_ITEM_DIRECTORY, { useValue: new InMemoryWorkspaceItemDirectory() });

  const s = (c: DependencyContainer) => c.resolve<AuthorizationStores>(AUTHORIZATION_STORES);
  const clock = (c: DependencyContainer) => c.resolve<Clock>(CLOCK);
  const policy = (c: DependencyContainer) => c.resolve<AccessPolicy>(ACCESS_POLICY);
  const items = (c: DependencyContainer) => c.resolve<WorkspaceItemDirectory>(WORKSPACE_ITEM_DIRECTORY);
  const invitees = (c: DependencyContainer) => c.resolve<InviteeDirectory>(INVITEE_DIRECTORY);

  singleton(container, ACCESS_POLICY, (c) => {
    const { permissions, organizations, teams, grants, subscriptions, audit } = s(c);
    return new PolicyDecisionPoint(permissions, organizations, teams, grants, subscriptions, audit, clock(c));
  });
  singleton(container, QUOTAS, (c) => new SubscriptionQuotas(s(c).organizations, s(c).subscriptions, s(c).plans, clock(c)));
  singleton(container, ListPlans, (c) => new ListPlans(s(c).plans));

  singleton(container, CreateOrganization, (c) => new CreateOrganization(s(c).organizations, s(c).subscriptions, s(c).plans, clock(c)));
  singleton(container, GetOrganization, (c) => new GetOrganization(s(c).organizations, s(c).subscriptions, s(c).plans, policy(c), clock(c)));
  singleton(container, GetMyOrganization, (c) => new GetMyOrganization(s(c).organizations, c.resolve(GetOrganization)));
  singleton(container, UpdateOrganizationProfile, (c) => new UpdateOrganizationProfile(s(c).organizations, policy(c), clock(c)));
  singleton(container, DeleteOrganization, (c) => {
    const { organizations, invitations, teams, grants, subscriptions, audit } = s(c);
    return new DeleteOrganization(organizations, invitations, teams, grants, subscriptions, audit, policy(c));
  });
  singleton(container, ListMembers, (c) => new ListMembers(s(c).organizations, s(c).invitations, policy(c)));
  singleton(container, ChangeMemberRole, (c) => new ChangeMemberRole(s(c).organizations, s(c).subscriptions, s(c).audit, policy(c), clock(c)));
  singleton(container, RemoveMember, (c) => new RemoveMember(s(c).organizations, s(c).teams, s(c).subscriptions, s(c).audit, policy(c), clock(c)));
  singleton(container, TransferOwnership, (c) => new TransferOwnership(s(c).organizations, s(c).subscriptions, s(c).audit, policy(c), clock(c)));
  singleton(container, ReadAuditLog, (c) => new ReadAuditLog(s(c).audit, policy(c)));

  singleton(container, InviteMember, (c) => new InviteMember(s(c).organizations, s(c).invitations, invitees(c), policy(c), clock(c)));
  singleton(container, ChangeInvitationRole, (c) => new ChangeInvitationRole(s(c).organizations, s(c).invitations, policy(c), clock(c)));
  singleton(container, CancelInvitation, (c) => new CancelInvitation(s(c).invitations, policy(c), clock(c)));
  singleton(container, ListMyInvitations, (c) => new ListMyInvitations(s(c).invitations));
  singleton(container, AcceptInvitation, (c) => new AcceptInvitation(s(c).organizations, s(c).invitations, s(c).subscriptions, s(c).audit, clock(c)));
  singleton(container, DeclineInvitation, (c) => new DeclineInvitation(s(c).invitations, clock(c)));

  singleton(container, CreateTeam, (c) => new CreateTeam(s(c).teams, s(c).organizations, policy(c), clock(c)));
  singleton(container, GetTeam, (c) => new GetTeam(s(c).teams, policy(c)));
  singleton(container, UpdateTeamProfile, (c) => new UpdateTeamProfile(s(c).teams, policy(c), clock(c)));
  singleton(container, DeleteTeam, (c) => new DeleteTeam(s(c).teams, s(c).grants, policy(c)));
  singleton(container, ListMyTeams, (c) => new ListMyTeams(s(c).teams));
  singleton(container, ListTeamMembers, (c) => new ListTeamMembers(s(c).teams, policy(c)));
  singleton(container, AddTeamMember, (c) => new AddTeamMember(s(c).teams, s(c).organizations, policy(c), clock(c)));
  singleton(container, RemoveTeamMember, (c) => new RemoveTeamMember(s(c).teams, policy(c)));

  singleton(container, ShareResource, (c) => new ShareResource(items(c), s(c).grants, s(c).teams, s(c).organizations, s(c).audit, policy(c), clock(c)));
  singleton(container, ListResourceAccess, (c) => new ListResourceAccess(items(c), s(c).grants, policy(c)));

  singleton(container, EraseUserAuthorization, (c) => {
    const { organizations, invitations, teams, grants, subscriptions, audit } = s(c);
    return new EraseUserAuthorization(organizations, invitations, teams, grants, subscriptions, audit);
  });
  // Resolved when the event arrives, so test overrides applied after registration take effect.
  eraseAuthorizationWhenUserDeleted(container.resolve<EventBus>(EVENT_BUS), () => container.resolve(EraseUserAuthorization));
}
