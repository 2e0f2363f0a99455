import { newId } from '../../../src/shared-kernel/ids';
import type { Grant } from '../../../src/contexts/authorization/domain/grant';
import type { GrantRepository } from '../../../src/contexts/authorization/ports/grant-repository.port';

const NOW = new Date('2026-01-01T00:00:00.000Z');

export function describeGrantRepositoryContract(name: string, makeRepository: () => GrantRepository): void {
  describe(`GrantRepository (${name})`, () => {
    let repository: GrantRepository;
    beforeEach(() => {
      repository = makeRepository();
    });
    const grant = (over: Partial<Grant> = {}): Grant => ({
      resourceType: 'project', resourceId: newId(), resourceOwnerId: `o-${newId()}`, granteeKind: 'user', granteeId: `u-${newId()}`,
      role: 'project-viewer', grantedBy: 'owner', grantedAt: NOW, ...over,
    });

    it('lists the grants on a resource, users then teams then organizations; saving again changes the role', async () => {
      const base = grant();
      const resource = { type: base.resourceType, id: base.resourceId };
      const org = grant({ resourceId: base.resourceId, granteeKind: 'organization', granteeId: 'org-1' });
      const team = grant({ resourceId: base.resourceId, granteeKind: 'team', granteeId: 'team-1', role: 'project-editor' });
      for (const g of [org, team, base]) await repository.save(g);
      expect((await repository.on(resource)).map((g) => g.granteeKind)).toEqual(['user', 'team', 'organization']);
      await repository.save({ ...base, role: 'project-editor' });
      const again = await repository.on(resource);
      expect(again).toHaveLength(3);
      expect(again[0]).toEqual({ ...base, role: 'project-editor' });
    });

    it('finds the grants any of the grantees holds on any of the resources', async () => {
      const folder = grant({ resourceType: 'folder', role: 'folder-editor' });
      const project = grant({ granteeKind: 'team', granteeId: 'team-x' });
      const unrelated = grant();
      for (const g of [folder, project, unrelated]) await repository.save(g);
      const held = await repository.held(
        [{ type: 'folder', id: folder.resourceId }, { type: 'project', id: project.resourceId }, { type: 'project', id: unrelated.resourceId }],
        [{ kind: 'user', id: folder.granteeId }, { kind: 'team', id: 'team-x' }],
      );
      expect(held.map((g) => g.role).sort()).toEqual(['folder-editor', 'project-viewer']);
      expect(await repository.held([], [{ kind: 'user', id: folder.granteeId }])).toEqual([]);
    });

    it('lists everything the grantees hold, on any resource', async () => {
      const user = `u-${newId()}`;
      const team = `t-${newId()}`;
      const direct = grant({ granteeId: user });
      const viaTeam = grant({ resourceType: 'folder', granteeKind: 'team', granteeId: team, role: 'folder-editor' });
      for (const g of [direct, viaTeam, grant()]) await repository.save(g);
      const held = await repository.heldBy([{ kind: 'user', id: user }, { kind: 'team', id: team }]);
      expect(held.map((g) => g.resourceId).sort()).toEqual([direct.resourceId, viaTeam.resourceId].sort());
      expect(await repository.heldBy([])).toEqual([]);
    });

    it('revokes one grantee, deletes all on a resource, all of a grantee, and a user\'s', async () => {
      const a = grant();
      const b = grant({ resourceId: a.resourceId, granteeId: 'other' });
      await repository.save(a);
      await repository.save(b);
      const resource = { type: a.resourceType, id: a.resourceId };
      await repository.revoke(resource, { kind: 'user', id: a.granteeId });
      expect((await repository.on(resource)).map((g) => g.granteeId)).toEqual(['other']);
      await repository.deleteOn(resource);
      expect(await repository.on(resource)).toEqual([]);

      const team = grant({ granteeKind: 'team', granteeId: `t-${newId()}` });
      await repository.save(team);
      await repository.deleteForGrantee({ kind: 'team', id: team.granteeId });
      expect(await repository.on({ type: 'project', id: team.resourceId })).toEqual([]);

      const toUser = grant();
      const ofUser = grant({ resourceOwnerId: toUser.granteeId });
      await repository.save(toUser);
      await repository.save(ofUser);
      await repository.eraseUser(toUser.granteeId);
      expect(await repository.on({ type: 'project', id: toUser.resourceId })).toEqual([]);
      expect(await repository.on({ type: 'project', id: ofUser.resourceId })).toEqual([]);
    });
  });
}
