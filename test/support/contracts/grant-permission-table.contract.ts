import { newId } from '../../../src/shared-kernel/ids';
import type { Principal } from '../../../src/shared-kernel/principal';
import type { AuthorizationStores } from '../../../src/contexts/authorization/adapters/persistence/stores';
import { PolicyDecisionPoint } from '../../../src/contexts/authorization/application/access/policy-decision-point';
import { ALL_PERMISSIONS, type Permission } from '../../../src/contexts/authorization/domain/permissions';
import type { OrganizationId } from '../../../src/contexts/authorization/domain/organization';
import { newSubscription } from '../../../src/contexts/authorization/domain/subscription';
import { DEFAULT_PLANS } from '../../../src/contexts/authorization/domain/plan';
import type { ProtectedResource } from '../../../src/contexts/authorization/domain/protected-resource';
import { ALL_ROLES, type OrganizationRole, type ResourceRole, type ResourceType, type Role } from '../../../src/contexts/authorization/domain/roles';
import type { TeamId } from '../../../src/contexts/authorization/domain/team';

/**
 * The permission table as the product defines it, written out by hand: the seeded table (memory and
 * PostgreSQL) must grant exactly this, cell by cell.
 */
export const EXPECTED_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  'organization-owner': [
    'read-organization', 'create-folder', 'create-project', 'create-layer', 'create-team', 'create-job',
    'update-organization', 'manage-members', 'read-audit', 'read-billing', 'delete-organization', 'transfer-ownership',
  ],
  'organization-admin': [
    'read-organization', 'create-folder', 'create-project', 'create-layer', 'create-team', 'create-job',
    'update-organization', 'manage-members', 'read-audit', 'read-billing',
  ],
  'organization-editor': ['read-organization', 'create-folder', 'create-project', 'create-layer', 'create-team', 'create-job'],
  'organization-viewer': ['read-organization'],
  'team-owner': ['read-team', 'update-team', 'delete-team', 'manage-team-members'],
  'team-member': ['read-team'],
  'folder-owner': ['read-folder', 'update-folder', 'delete-folder', 'share-folder'],
  'folder-editor': ['read-folder', 'update-folder'],
  'folder-viewer': ['read-folder'],
  'project-owner': ['read-project', 'update-project', 'create-layer', 'create-job', 'delete-project', 'share-project'],
  'project-editor': ['read-project', 'update-project', 'create-layer', 'create-job'],
  'project-viewer': ['read-project'],
  'layer-owner': ['read-layer', 'update-layer', 'delete-layer', 'share-layer'],
  'layer-editor': ['read-layer', 'update-layer'],
  'layer-viewer': ['read-layer'],
};

const TARGET_TYPES = ['folder', 'project', 'layer', 'organization', 'team', 'workspace'] as const;
type TargetType = (typeof TARGET_TYPES)[number];
const READ_OF: Record<TargetType, Permission | null> = {
  folder: 'read-folder', project: 'read-project', layer: 'read-layer', organization: 'read-organization', team: 'read-team', workspace: null,
};

const principal = (id: string, roles: string[] = []): Principal => ({ id, email: `${id}@example.org`, givenName: null, familyName: null, username: null, realmRoles: roles });
const NOW = new Date('2026-01-01T00:00:00Z');
const clock = { now: () => NOW };

export function describeAccessPolicyContract(name: string, makeStores: () => Promise<AuthorizationStores>): void {
  describe(`AccessPolicy over the permission table (${name})`, () => {
    let stores: AuthorizationStores;
    let policy: PolicyDecisionPoint;

    beforeAll(async () => {
      stores = await makeStores();
      policy = new PolicyDecisionPoint(stores.permissions, stores.organizations, stores.teams, stores.grants, stores.subscriptions, stores.audit, clock);
    });

    async function organizationWith(userId: string, role: OrganizationRole): Promise<OrganizationId> {
      const id = newId<'Organization'>();
      await stores.organizations.save({ id, name: 'Org', profile: {}, createdAt: NOW, updatedAt: NOW });
      await stores.organizations.addMember({ organizationId: id, userId, email: `${userId}@example.org`, role, joinedAt: NOW });
      return id;
    }

    async function teamWith(userId: string, role: 'team-owner' | 'team-member'): Promise<TeamId> {
      const id = newId<'Team'>();
      await stores.teams.save({ id, name: 'Team', description: null, avatar: null, organizationId: null, createdAt: NOW, updatedAt: NOW });
      await stores.teams.addMember({ teamId: id, userId, role, joinedAt: NOW });
      return id;
    }

    const item = (type: ResourceType, ownerId: string, folderId?: string) => ({ type, id: newId<'Item'>(), ownerId, ...(folderId ? { folderId } : {}) });

    async function share(resource: { type: ResourceType; id: string; ownerId: string }, kind: 'user' | 'team' | 'organization', granteeId: string, role: ResourceRole) {
      await stores.grants.save({ resourceType: resource.type, resourceId: resource.id, resourceOwnerId: resource.ownerId, granteeKind: kind, granteeId, role, grantedBy: resource.ownerId, grantedAt: NOW });
    }

    /** A user holding exactly `role` on the resource of its scope, and the resources of every type. */
    async function scenario(role: Role | 'none'): Promise<{ caller: Principal; targets: Record<TargetType, ProtectedResource>; expected: Record<TargetType, readonly Permission[]> }> {
      const userId = `u-${newId()}`;
      const stranger = `s-${newId()}`;
      const personal = EXPECTED_PERMISSIONS['organization-owner'];
      const targets: Record<TargetType, ProtectedResource> = {
        folder: item('folder', stranger),
        project: item('project', stranger),
        layer: item('layer', stranger),
        organization: { type: 'organization', id: await organizationWith(stranger, 'organization-owner') },
        team: { type: 'team', id: await teamWith(stranger, 'team-owner') },
        workspace: { type: 'workspace' },
      };
      const expected: Record<TargetType, readonly Permission[]> = { folder: [], project: [], layer: [], organization: [], team: [], workspace: personal };
      if (role === 'none') return { caller: principal(userId), targets, expected };
      const [scope, level] = [role.slice(0, role.lastIndexOf('-')), role.slice(role.lastIndexOf('-') + 1)];
      if (scope === 'organization') {
        targets.organization = { type: 'organization', id: await organizationWith(userId, role as OrganizationRole) };
        expected.organization = EXPECTED_PERMISSIONS[role];
        expected.workspace = EXPECTED_PERMISSIONS[role];
      } else if (scope === 'team') {
        targets.team = { type: 'team', id: await teamWith(userId, role as 'team-owner' | 'team-member') };
        expected.team = EXPECTED_PERMISSIONS[role];
      } else {
        const type = scope as ResourceType;
        const resource = level === 'owner' ? item(type, userId) : item(type, stranger);
        if (level !== 'owner') await share(resource, 'user', userId, role as ResourceRole);
        targets[type] = resource;
        expected[type] = EXPECTED_PERMISSIONS[role];
      }
      return { caller: principal(userId), targets, expected };
    }

    it.each([...ALL_ROLES, 'none' as const])('walks every action on every resource type for %s', async (role) => {
      const { caller, targets, expected } = await scenario(role);
      const mismatches: string[] = [];
      for (const type of TARGET_TYPES) {
        for (const action of ALL_PERMISSIONS) {
          const decision = await policy.authorize(caller, action, targets[type]);
          const allowed = expected[type].includes(action);
          if (decision.allowed !== allowed) mismatches.push(`${role} ${action} on ${type}: expected ${allowed ? 'allow' : 'deny'}`);
          if (!decision.allowed && !allowed) {
            const read = READ_OF[type];
            const reason = read !== null && read !== action && expected[type].includes(read) ? 'not-permitted' : type === 'workspace' ? 'not-permitted' : 'not-readable';
            if (decision.reason !== reason) mismatches.push(`${role} ${action} on ${type}: expected reason ${reason}, got ${decision.reason}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    });

    it('the stored table grants exactly the expected permissions to every role', async () => {
      const table = await stores.permissions.table();
      for (const role of ALL_ROLES) expect(table.permissionsOf(role)).toEqual([...EXPECTED_PERMISSIONS[role]].sort());
    });

    describe('effective role: the highest of owner, direct, team, organization, folder and public', () => {
      const levels = async (caller: Principal, resource: ProtectedResource) => ({
        read: (await policy.authorize(caller, `read-${resource.type}` as Permission, resource)).allowed,
        update: (await policy.authorize(caller, `update-${resource.type}` as Permission, resource)).allowed,
        delete: (await policy.authorize(caller, `delete-${resource.type}` as Permission, resource)).allowed,
      });

      it('a team grant reaches every member of the team', async () => {
        const member = `m-${newId()}`;
        const team = await teamWith(member, 'team-member');
        const project = item('project', `o-${newId()}`);
        await share(project, 'team', team, 'project-editor');
        expect(await levels(principal(member), project)).toEqual({ read: true, update: true, delete: false });
        expect(await levels(principal(`x-${newId()}`), project)).toEqual({ read: false, update: false, delete: false });
      });

      it('an organization grant reaches every member of the organization', async () => {
        const member = `m-${newId()}`;
        const organization = await organizationWith(member, 'organization-viewer');
        const layer = item('layer', `o-${newId()}`);
        await share(layer, 'organization', organization, 'layer-viewer');
        expect(await levels(principal(member), layer)).toEqual({ read: true, update: false, delete: false });
      });

      it('items in a shared folder inherit its grants', async () => {
        const owner = `o-${newId()}`;
        const reader = `r-${newId()}`;
        const folder = item('folder', owner);
        await share(folder, 'user', reader, 'folder-editor');
        const project = item('project', owner, folder.id);
        const layer = item('layer', owner, folder.id);
        expect(await levels(principal(reader), project)).toEqual({ read: true, update: true, delete: false });
        expect(await levels(principal(reader), layer)).toEqual({ read: true, update: true, delete: false });
        expect(await levels(principal(reader), item('project', owner, item('folder', owner).id))).toEqual({ read: false, update: false, delete: false });
      });

      it('the highest grant wins, and a published project is readable by anyone', async () => {
        const user = `u-${newId()}`;
        const team = await teamWith(user, 'team-member');
        const project = item('project', `o-${newId()}`);
        await share(project, 'user', user, 'project-viewer');
        await share(project, 'team', team, 'project-editor');
        expect((await levels(principal(user), project)).update).toBe(true);
        expect(await levels(principal(`x-${newId()}`), { ...project, published: true })).toEqual({ read: true, update: false, delete: false });
      });
    });

    it('a superuser may do everything, and each override is audited', async () => {
      const organization = await organizationWith(`o-${newId()}`, 'organization-owner');
      const admin = principal(`su-${newId()}`, ['superuser']);
      expect((await policy.authorize(admin, 'delete-organization', { type: 'organization', id: organization })).allowed).toBe(true);
      const log = await stores.audit.ofOrganization(organization, { page: 1, size: 10 });
      expect(log.items).toEqual([
        expect.objectContaining({ actorId: admin.id, action: 'superuser-override', subject: `organization:${organization}`, details: { permission: 'delete-organization', denied_because: 'not-readable' } }),
      ]);
    });

    it('a suspended organization can read but not write', async () => {
      const member = `m-${newId()}`;
      const organization = await organizationWith(member, 'organization-editor');
      const plan = DEFAULT_PLANS[0];
      await stores.subscriptions.open({ ...newSubscription({ kind: 'organization', id: organization }, plan, NOW), suspended: true });
      const project = item('project', member);
      expect((await policy.authorize(principal(member), 'read-project', project)).allowed).toBe(true);
      expect(await policy.authorize(principal(member), 'update-project', project)).toEqual(expect.objectContaining({ allowed: false, reason: 'suspended' }));
      expect(await policy.authorize(principal(member), 'create-project', { type: 'workspace' })).toEqual(expect.objectContaining({ allowed: false, reason: 'suspended' }));
    });

    it('forgetting a resource removes its grants', async () => {
      const reader = `r-${newId()}`;
      const project = item('project', `o-${newId()}`);
      await share(project, 'user', reader, 'project-viewer');
      await policy.forget(project);
      expect((await policy.authorize(principal(reader), 'read-project', project)).allowed).toBe(false);
    });
  });
}
