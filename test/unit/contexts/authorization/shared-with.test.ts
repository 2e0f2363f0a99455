import { inMemoryStores } from '../../../../src/contexts/authorization/adapters/persistence/stores';
import { PolicyDecisionPoint } from '../../../../src/contexts/authorization/application/access/policy-decision-point';
import type { Grant, GranteeKind } from '../../../../src/contexts/authorization/domain/grant';
import type { OrganizationId } from '../../../../src/contexts/authorization/domain/organization';
import type { ResourceRole, ResourceType } from '../../../../src/contexts/authorization/domain/roles';
import type { TeamId } from '../../../../src/contexts/authorization/domain/team';
import { principalFor } from '../../../support/test-app';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('AccessPolicy.sharedWith: what others shared with the caller', () => {
  it('gathers direct, team and organization grants, keeps the highest level, and leaves out other people\'s shares', async () => {
    const stores = inMemoryStores();
    const policy = new PolicyDecisionPoint(stores.permissions, stores.organizations, stores.teams, stores.grants, stores.subscriptions, stores.audit, { now: () => NOW });
    const orgId = 'org-1' as OrganizationId;
    await stores.organizations.save({ id: orgId, name: 'City', profile: {}, createdAt: NOW, updatedAt: NOW });
    await stores.organizations.addMember({ organizationId: orgId, userId: 'bob', email: 'bob@example.org', role: 'organization-viewer', joinedAt: NOW });
    const teamId = 'team-1' as TeamId;
    await stores.teams.save({ id: teamId, name: 'Mobility', description: null, avatar: null, organizationId: null, createdAt: NOW, updatedAt: NOW });
    await stores.teams.addMember({ teamId, userId: 'bob', role: 'team-member', joinedAt: NOW });
    const grant = (type: ResourceType, id: string, kind: GranteeKind, granteeId: string, role: ResourceRole): Grant => ({
      resourceType: type, resourceId: id, resourceOwnerId: 'alice', granteeKind: kind, granteeId, role, grantedBy: 'alice', grantedAt: NOW,
    });
    for (const g of [
      grant('project', 'p-direct', 'user', 'bob', 'project-viewer'),
      grant('project', 'p-direct', 'team', teamId, 'project-editor'),
      grant('layer', 'l-org', 'organization', orgId, 'layer-viewer'),
      grant('folder', 'f-team', 'team', teamId, 'folder-editor'),
      grant('project', 'p-carol', 'user', 'carol', 'project-editor'),
    ]) await stores.grants.save(g);

    const shared = await policy.sharedWith(principalFor('bob'));
    expect(shared.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { type: 'folder', id: 'f-team', level: 'editor' },
      { type: 'layer', id: 'l-org', level: 'viewer' },
      { type: 'project', id: 'p-direct', level: 'editor' },
    ]);
    expect(await policy.sharedWith(principalFor('dave'))).toEqual([]);
  });
});
