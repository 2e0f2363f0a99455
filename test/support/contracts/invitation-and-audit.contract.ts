import { newId } from '../../../src/shared-kernel/ids';
import { auditEntry } from '../../../src/contexts/authorization/domain/audit-entry';
import type { Invitation } from '../../../src/contexts/authorization/domain/invitation';
import type { OrganizationId } from '../../../src/contexts/authorization/domain/organization';
import type { AuditLog } from '../../../src/contexts/authorization/ports/audit-log.port';
import type { InvitationRepository } from '../../../src/contexts/authorization/ports/invitation-repository.port';

const NOW = new Date('2026-01-01T00:00:00.000Z');

export function describeInvitationRepositoryContract(
  name: string,
  makeRepository: () => InvitationRepository,
  makeOrganization: () => Promise<OrganizationId>,
): void {
  describe(`InvitationRepository (${name})`, () => {
    let repository: InvitationRepository;
    beforeEach(() => {
      repository = makeRepository();
    });
    const invitation = (organizationId: OrganizationId, email: string, minutes: number, over: Partial<Invitation> = {}): Invitation => {
      const at = new Date(NOW.getTime() + minutes * 60_000);
      return { id: newId<'Invitation'>(), organizationId, email, role: 'organization-viewer', status: 'pending', invitedBy: 'admin', expiresAt: new Date(at.getTime() + 86_400_000), createdAt: at, updatedAt: at, ...over };
    };

    it('saves, reads, finds the pending one, lists by e-mail and organization newest first, filters by status', async () => {
      const org = await makeOrganization();
      const email = `i-${newId()}@example.org`;
      const old = invitation(org, email, 0, { status: 'declined' });
      const pending = invitation(org, email, 5);
      const other = invitation(org, `j-${newId()}@example.org`, 10);
      for (const i of [old, pending, other]) await repository.save(i);
      expect(await repository.byId(pending.id)).toEqual(pending);
      expect(await repository.pendingFor(org, email)).toEqual(pending);
      expect((await repository.forEmail(email)).map((i) => i.id)).toEqual([pending.id, old.id]);
      expect((await repository.forEmail(email, 'declined')).map((i) => i.id)).toEqual([old.id]);
      expect((await repository.ofOrganization(org, 'pending')).map((i) => i.id)).toEqual([other.id, pending.id]);
      await repository.save({ ...pending, status: 'accepted' });
      expect(await repository.pendingFor(org, email)).toBeNull();
    });

    it('deletes all for an e-mail and all of an organization', async () => {
      const org = await makeOrganization();
      const email = `k-${newId()}@example.org`;
      const a = invitation(org, email, 0);
      const b = invitation(org, `l-${newId()}@example.org`, 1);
      await repository.save(a);
      await repository.save(b);
      await repository.deleteAllForEmail(email);
      expect(await repository.byId(a.id)).toBeNull();
      await repository.deleteAllOf(org);
      expect(await repository.byId(b.id)).toBeNull();
    });
  });
}

export function describeAuditLogContract(name: string, makeLog: () => AuditLog): void {
  describe(`AuditLog (${name})`, () => {
    it('records and pages an organization\'s entries newest first, anonymises an actor, deletes an organization\'s', async () => {
      const log = makeLog();
      const org = newId();
      const actor = `a-${newId()}`;
      const entries = [0, 1, 2].map((minute) =>
        auditEntry({ organizationId: org, actorId: actor, action: 'grant-created', subject: `project:${minute}`, details: { role: 'project-viewer' } }, new Date(NOW.getTime() + minute * 60_000)),
      );
      for (const e of entries) await log.record(e);
      await log.record(auditEntry({ organizationId: null, actorId: actor, action: 'superuser-override', subject: 'workspace' }, NOW));
      const page = await log.ofOrganization(org, { page: 1, size: 2 });
      expect(page.items).toEqual([entries[2], entries[1]]);
      expect(page).toMatchObject({ total: 3, pages: 2 });
      await log.anonymiseActor(actor);
      expect((await log.ofOrganization(org, { page: 1, size: 10 })).items.map((e) => e.actorId)).toEqual(['deleted-user', 'deleted-user', 'deleted-user']);
      await log.deleteOfOrganization(org);
      expect((await log.ofOrganization(org, { page: 1, size: 10 })).total).toBe(0);
    });
  });
}
