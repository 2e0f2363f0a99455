import { pageInMemory, type Page, type PageRequest } from '../../../../../shared-kernel/paging';
import type { OrganizationId } from '../../../domain/organization';
import type { Team, TeamId, TeamMembership } from '../../../domain/team';
import { byText } from './text-order';
import type { TeamRepository } from '../../../ports/team-repository.port';

const key = (teamId: string, userId: string): string => `${teamId}|${userId}`;

export class InMemoryTeamRepository implements TeamRepository {
  private readonly teams = new Map<string, Team>();
  private readonly memberships = new Map<string, TeamMembership>();

  async byId(id: TeamId): Promise<Team | null> {
    const found = this.teams.get(id);
    return found ? structuredClone(found) : null;
  }

  async save(team: Team): Promise<void> {
    this.teams.set(team.id, structuredClone(team));
  }

  async delete(id: TeamId): Promise<void> {
    this.teams.delete(id);
    for (const [k, m] of this.memberships) if (m.teamId === id) this.memberships.delete(k);
  }

  async deleteAllOf(organizationId: OrganizationId): Promise<TeamId[]> {
    const ids = [...this.teams.values()].filter((t) => t.organizationId === organizationId).map((t) => t.id);
    for (const id of ids) await this.delete(id);
    return ids;
  }

  async membership(id: TeamId, userId: string): Promise<TeamMembership | null> {
    const found = this.memberships.get(key(id, userId));
    return found ? structuredClone(found) : null;
  }

  async members(id: TeamId, page: PageRequest): Promise<Page<TeamMembership>> {
    const all = [...this.memberships.values()]
      .filter((m) => m.teamId === id)
      .sort((a, b) => Number(b.role === 'team-owner') - Number(a.role === 'team-owner') || (a.userId < b.userId ? -1 : 1));
    return pageInMemory(all.map((m) => structuredClone(m)), page);
  }

  async addMember(membership: TeamMembership): Promise<boolean> {
    const k = key(membership.teamId, membership.userId);
    if (this.memberships.has(k) || !this.teams.has(membership.teamId)) return false;
    this.memberships.set(k, structuredClone(membership));
    return true;
  }

  async removeMember(id: TeamId, userId: string): Promise<void> {
    this.memberships.delete(key(id, userId));
  }

  async leaveTeamsOf(organizationId: OrganizationId, userId: string): Promise<void> {
    for (const [k, m] of this.memberships) {
      if (m.userId === userId && this.teams.get(m.teamId)?.organizationId === organizationId) this.memberships.delete(k);
    }
  }

  async countOwners(id: TeamId): Promise<number> {
    return [...this.memberships.values()].filter((m) => m.teamId === id && m.role === 'team-owner').length;
  }

  async teamsOf(userId: string, page: PageRequest): Promise<Page<Team>> {
    const ids = new Set(await this.teamIdsOf(userId));
    const all = [...this.teams.values()]
      .filter((t) => ids.has(t.id))
      .sort((a, b) => byText(a.name, b.name) || (a.id < b.id ? -1 : 1));
    return pageInMemory(all.map((t) => structuredClone(t)), page);
  }

  async teamIdsOf(userId: string): Promise<TeamId[]> {
    return [...this.memberships.values()].filter((m) => m.userId === userId).map((m) => m.teamId);
  }

  async eraseUser(userId: string): Promise<void> {
    // Only the teams this user left can have become empty because of it; others' teams stay.
    const left = new Set<string>();
    for (const [k, m] of this.memberships) {
      if (m.userId !== userId) continue;
      left.add(m.teamId);
      this.memberships.delete(k);
    }
    const staffed = new Set([...this.memberships.values()].map((m) => m.teamId));
    for (const id of left) if (!staffed.has(id as TeamId)) this.teams.delete(id);
  }
}
