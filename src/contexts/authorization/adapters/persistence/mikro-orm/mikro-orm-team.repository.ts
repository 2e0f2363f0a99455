import type { EntityManager } from '@mikro-orm/core';
import { offsetOf, pageOf, type Page, type PageRequest } from '../../../../../shared-kernel/paging';
import type { OrganizationId } from '../../../domain/organization';
import type { TeamRole } from '../../../domain/roles';
import type { Team, TeamId, TeamMembership } from '../../../domain/team';
import type { TeamRepository } from '../../../ports/team-repository.port';
import { TeamMemberSchema, TeamSchema, type TeamMemberRecord, type TeamRecord } from './team.entity';

const toTeam = (r: TeamRecord): Team => ({
  id: r.id as TeamId,
  name: r.name,
  description: r.description,
  avatar: r.avatar,
  organizationId: r.organizationId as OrganizationId | null,
  createdAt: new Date(r.createdAt),
  updatedAt: new Date(r.updatedAt),
});

const toMembership = (r: TeamMemberRecord): TeamMembership => ({
  teamId: r.teamId as TeamId,
  userId: r.userId,
  role: r.role as TeamRole,
  joinedAt: new Date(r.joinedAt),
});

export class MikroOrmTeamRepository implements TeamRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: TeamId): Promise<Team | null> {
    const record = await this.em.fork().findOne(TeamSchema, { id });
    return record ? toTeam(record) : null;
  }

  async save(t: Team): Promise<void> {
    await this.em.fork().upsert(TeamSchema, { ...t });
  }

  async delete(id: TeamId): Promise<void> {
    await this.em.fork().nativeDelete(TeamSchema, { id });
  }

  async deleteAllOf(organizationId: OrganizationId): Promise<TeamId[]> {
    const rows: { id: string }[] = await this.em
      .getConnection()
      .execute('DELETE FROM "authorization".team WHERE organization_id = ? RETURNING id', [organizationId]);
    return rows.map((row) => row.id as TeamId);
  }

  async membership(id: TeamId, userId: string): Promise<TeamMembership | null> {
    const record = await this.em.fork().findOne(TeamMemberSchema, { teamId: id, userId });
    return record ? toMembership(record) : null;
  }

  async members(id: TeamId, page: PageRequest): Promise<Page<TeamMembership>> {
    const connection = this.em.getConnection();
    const rows: Record<string, unknown>[] = await connection.execute(
      `SELECT team_id, user_id, role, joined_at FROM "authorization".team_member WHERE team_id = ?
        ORDER BY (role = 'team-owner') DESC, user_id COLLATE "C" ASC LIMIT ? OFFSET ?`,
      [id, page.size, offsetOf(page)],
    );
    const [{ count }]: { count: string }[] = await connection.execute('SELECT count(*) AS count FROM "authorization".team_member WHERE team_id = ?', [id]);
    const items = rows.map((r) => toMembership({ teamId: r.team_id, userId: r.user_id, role: r.role, joinedAt: r.joined_at } as TeamMemberRecord));
    return pageOf(items, Number(count), page);
  }

  async addMember(m: TeamMembership): Promise<boolean> {
    // Race-free: the primary key decides, a vanished team adds nothing.
    const rows: { team_id: string }[] = await this.em.getConnection().execute(
      `INSERT INTO "authorization".team_member (team_id, user_id, role, joined_at)
        SELECT id, ?, ?, ? FROM "authorization".team WHERE id = ?
        ON CONFLICT DO NOTHING RETURNING team_id`,
      [m.userId, m.role, m.joinedAt, m.teamId],
    );
    return rows.length === 1;
  }

  async removeMember(id: TeamId, userId: string): Promise<void> {
    await this.em.fork().nativeDelete(TeamMemberSchema, { teamId: id, userId });
  }

  async leaveTeamsOf(organizationId: OrganizationId, userId: string): Promise<void> {
    await this.em.getConnection().execute(
      `DELETE FROM "authorization".team_member m USING "authorization".team t
        WHERE m.team_id = t.id AND t.organization_id = ? AND m.user_id = ?`,
      [organizationId, userId],
      'run',
    );
  }

  async countOwners(id: TeamId): Promise<number> {
    return this.em.fork().count(TeamMemberSchema, { teamId: id, role: 'team-owner' });
  }

  async teamsOf(userId: string, page: PageRequest): Promise<Page<Team>> {
    const connection = this.em.getConnection();
    const rows: Record<string, unknown>[] = await connection.execute(
      `SELECT t.* FROM "authorization".team t JOIN "authorization".team_member m ON m.team_id = t.id
        WHERE m.user_id = ? ORDER BY t.name COLLATE "C" ASC, t.id ASC LIMIT ? OFFSET ?`,
      [userId, page.size, offsetOf(page)],
    );
    const [{ count }]: { count: string }[] = await connection.execute('SELECT count(*) AS count FROM "authorization".team_member WHERE user_id = ?', [userId]);
    const items = rows.map((r) =>
      toTeam({ id: r.id, name: r.name, description: r.description, avatar: r.avatar, organizationId: r.organization_id, createdAt: r.created_at, updatedAt: r.updated_at } as TeamRecord),
    );
    return pageOf(items, Number(count), page);
  }

  async teamIdsOf(userId: string): Promise<TeamId[]> {
    return (await this.em.fork().find(TeamMemberSchema, { userId })).map((m) => m.teamId as TeamId);
  }

  async eraseUser(userId: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const connection = em.getConnection();
      const ctx = em.getTransactionContext();
      // Only the teams this user left can have become empty because of it; others' teams stay.
      await connection.execute(
        `WITH left_teams AS (DELETE FROM "authorization".team_member WHERE user_id = ? RETURNING team_id)
         DELETE FROM "authorization".team t
         WHERE t.id IN (SELECT team_id FROM left_teams)
           AND NOT EXISTS (SELECT 1 FROM "authorization".team_member m WHERE m.team_id = t.id AND m.user_id <> ?)`,
        [userId, userId],
        'run',
        ctx,
      );
    });
  }
}
