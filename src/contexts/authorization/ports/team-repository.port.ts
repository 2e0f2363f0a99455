import type { Page, PageRequest } from '../../../shared-kernel/paging';
import type { OrganizationId } from '../domain/organization';
import type { Team, TeamId, TeamMembership } from '../domain/team';

export interface TeamRepository {
  byId(id: TeamId): Promise<Team | null>;
  save(team: Team): Promise<void>;
  /** The team and its memberships. */
  delete(id: TeamId): Promise<void>;
  deleteAllOf(organizationId: OrganizationId): Promise<TeamId[]>;
  membership(id: TeamId, userId: string): Promise<TeamMembership | null>;
  /** Owners first, then by user id. */
  members(id: TeamId, page: PageRequest): Promise<Page<TeamMembership>>;
  /** False when the user already belongs to the team. */
  addMember(membership: TeamMembership): Promise<boolean>;
  removeMember(id: TeamId, userId: string): Promise<void>;
  /** A member leaving an organization leaves its teams. */
  leaveTeamsOf(organizationId: OrganizationId, userId: string): Promise<void>;
  countOwners(id: TeamId): Promise<number>;
  /** The teams a user belongs to, by name. */
  teamsOf(userId: string, page: PageRequest): Promise<Page<Team>>;
  teamIdsOf(userId: string): Promise<TeamId[]>;
  /** Their memberships go; teams left without any member go too. */
  eraseUser(userId: string): Promise<void>;
}

export const TEAM_REPOSITORY: unique symbol = Symbol('TeamRepository');
