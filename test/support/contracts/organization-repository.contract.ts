import { newId } from '../../../src/shared-kernel/ids';
import type { Membership, Organization, OrganizationId } from '../../../src/contexts/authorization/domain/organization';
import type { OrganizationRepository } from '../../../src/contexts/authorization/ports/organization-repository.port';

const NOW = new Date('2026-01-01T00:00:00.000Z');

export function describeOrganizationRepositoryContract(name: string, makeRepository: () => OrganizationRepository): void {
  describe(`OrganizationRepository (${name})`, () => {
    let repository: OrganizationRepository;
    beforeEach(() => {
      repository = makeRepository();
    });
    const organization = (): Organization => ({
      id: newId<'Organization'>(),
      name: 'City',
      profile: { type: 'municipality', size: null, industry: null, department: null, useCase: 'planning', phone: null, location: 'Munich', avatar: null, region: 'EU', newsletter: true },
      createdAt: NOW,
      updatedAt: NOW,
    });
    const member = (organizationId: OrganizationId, role: Membership['role'], email: string): Membership => ({
      organizationId, userId: `u-${newId()}`, email, role, joinedAt: NOW,
    });

    it('saves, reads, changes and deletes an organization (with its members)', async () => {
      const o = organization();
      await repository.save(o);
      expect(await repository.byId(o.id)).toEqual(o);
      await repository.save({ ...o, name: 'Town' });
      expect((await repository.byId(o.id))!.name).toBe('Town');
      const m = member(o.id, 'organization-owner', 'a@example.org');
      await repository.addMember(m);
      await repository.delete(o.id);
      expect(await repository.byId(o.id)).toBeNull();
      expect(await repository.membershipOf(m.userId)).toBeNull();
    });

    it('lets a user belong to at most one organization', async () => {
      const [a, b] = [organization(), organization()];
      await repository.save(a);
      await repository.save(b);
      const m = member(a.id, 'organization-viewer', 'x@example.org');
      expect(await repository.addMember(m)).toBe('added');
      expect(await repository.addMember({ ...m, organizationId: b.id })).toBe('already-in-organization');
      expect(await repository.membershipOf(m.userId)).toEqual(m);
    });

    it('lists members owner first, then by rank and e-mail, pages them and finds one by e-mail', async () => {
      const o = organization();
      await repository.save(o);
      const viewer = member(o.id, 'organization-viewer', 'a@example.org');
      const owner = member(o.id, 'organization-owner', 'z@example.org');
      const editorB = member(o.id, 'organization-editor', 'b@example.org');
      const editorC = member(o.id, 'organization-editor', 'c@example.org');
      for (const m of [viewer, editorC, owner, editorB]) await repository.addMember(m);
      const first = await repository.members(o.id, { page: 1, size: 3 });
      expect(first.items.map((m) => m.email)).toEqual(['z@example.org', 'b@example.org', 'c@example.org']);
      expect(first).toMatchObject({ total: 4, page: 1, size: 3, pages: 2 });
      expect((await repository.members(o.id, { page: 2, size: 3 })).items).toEqual([viewer]);
      expect(await repository.memberByEmail(o.id, 'B@example.org')).toEqual(editorB);
      expect(await repository.memberByEmail(o.id, 'nobody@example.org')).toBeNull();
    });

    it('changes a role, removes a member and transfers ownership in one step', async () => {
      const o = organization();
      await repository.save(o);
      const owner = member(o.id, 'organization-owner', 'o@example.org');
      const next = member(o.id, 'organization-viewer', 'n@example.org');
      await repository.addMember(owner);
      await repository.addMember(next);
      await repository.changeRole(o.id, next.userId, 'organization-editor');
      expect((await repository.membershipOf(next.userId))!.role).toBe('organization-editor');
      await repository.transferOwnership(o.id, owner.userId, next.userId);
      expect((await repository.membershipOf(owner.userId))!.role).toBe('organization-admin');
      expect((await repository.membershipOf(next.userId))!.role).toBe('organization-owner');
      await repository.removeMember(o.id, owner.userId);
      expect(await repository.membershipOf(owner.userId)).toBeNull();
    });
  });
}
