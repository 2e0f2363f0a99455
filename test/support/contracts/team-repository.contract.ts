import { newId } from '../../../src/shared-kernel/ids';
import type { OrganizationId } from '../../../src/contexts/authorization/domain/organization';
import type { Team } from '../../../src/contexts/authorization/domain/team';
import type { TeamRepository } from '../../../src/contexts/authorization/ports/team-repository.port';

const NOW = new Date('2026-01-01T00:00:00.000Z');

/** Team ids belong to organizations the suite creates through `makeOrganization` (foreign keys in SQL). */
export function describeTeamRepositoryContract(
  name: string,
  makeRepository: () => TeamRepository,
  makeOrganization: () => Promise<OrganizationId>,
): void {
  describe(`TeamRepository (${name})`, () => {
    let repository: TeamRepository;
    beforeEach(() => {
      repository = makeRepository();
    });
    const team = (teamName: string, organizationId: OrganizationId | null = null): Team => ({
      id: newId<'Team'>(), name: teamName, description: 'd', avatar: null, organizationId, createdAt: NOW, updatedAt: NOW,
    });
    const user = () => `u-${newId()}`;

    it('saves and reads a team; adds members once; lists owners first; counts owners', async () => {
      const t = team('Walk');
      await repository.save(t);
      expect(await repository.byId(t.id)).toEqual(t);
      const [owner, member] = ['b-' + user(), 'a-' + user()];
      expect(await repository.addMember({ teamId: t.id, userId: owner, role: 'team-owner', joinedAt: NOW })).toBe(true);
      expect(await repository.addMember({ teamId: t.id, userId: member, role: 'team-member', joinedAt: NOW })).toBe(true);
      expect(await repository.addMember({ teamId: t.id, userId: member, role: 'team-owner', joinedAt: NOW })).toBe(false);
      expect(await repository.addMember({ teamId: newId(), userId: member, role: 'team-member', joinedAt: NOW })).toBe(false);
      expect((await repository.members(t.id, { page: 1, size: 10 })).items.map((m) => m.userId)).toEqual([owner, member]);
      expect(await repository.countOwners(t.id)).toBe(1);
      expect(await repository.membership(t.id, member)).toEqual({ teamId: t.id, userId: member, role: 'team-member', joinedAt: NOW });
      await repository.removeMember(t.id, member);
      expect(await repository.membership(t.id, member)).toBeNull();
    });

    it('lists the teams of a user by name, and their ids', async () => {
      const u = user();
      const [b, a] = [team('Bike'), team('Accessibility')];
      for (const t of [b, a]) {
        await repository.save(t);
        await repository.addMember({ teamId: t.id, userId: u, role: 'team-member', joinedAt: NOW });
      }
      const page = await repository.teamsOf(u, { page: 1, size: 10 });
      expect(page.items.map((t) => t.name)).toEqual(['Accessibility', 'Bike']);
      expect(page.total).toBe(2);
      expect((await repository.teamIdsOf(u)).sort()).toEqual([a.id, b.id].sort());
    });

    it('deletes a team, the teams of an organization, and a member\'s places in an organization\'s teams', async () => {
      const organization = await makeOrganization();
      const [inOrg, personal] = [team('Org team', organization), team('Own team')];
      const u = user();
      for (const t of [inOrg, personal]) {
        await repository.save(t);
        await repository.addMember({ teamId: t.id, userId: u, role: 'team-member', joinedAt: NOW });
      }
      await repository.leaveTeamsOf(organization, u);
      expect(await repository.teamIdsOf(u)).toEqual([personal.id]);
      expect(await repository.deleteAllOf(organization)).toEqual([inOrg.id]);
      expect(await repository.byId(inOrg.id)).toBeNull();
      await repository.delete(personal.id);
      expect(await repository.byId(personal.id)).toBeNull();
    });

    it('erases a user: their memberships go, and teams left empty go with them', async () => {
      const [u, other] = [user(), user()];
      const [alone, shared] = [team('Alone'), team('Shared')];
      for (const t of [alone, shared]) {
        await repository.save(t);
        await repository.addMember({ teamId: t.id, userId: u, role: 'team-owner', joinedAt: NOW });
      }
      await repository.addMember({ teamId: shared.id, userId: other, role: 'team-member', joinedAt: NOW });
      await repository.eraseUser(u);
      expect(await repository.byId(alone.id)).toBeNull();
      expect(await repository.byId(shared.id)).not.toBeNull();
      expect(await repository.teamIdsOf(u)).toEqual([]);
    });

    it('erasing a user leaves other people\'s empty teams alone', async () => {
      const emptied = team('Emptied by a member leaving');
      await repository.save(emptied);
      await repository.eraseUser(user());
      expect(await repository.byId(emptied.id)).not.toBeNull();
    });
  });
}
