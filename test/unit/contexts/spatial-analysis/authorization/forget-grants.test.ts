import { inMemoryStores } from '../../../../../src/contexts/authorization/adapters/persistence/stores';
import { PolicyDecisionPoint } from '../../../../../src/contexts/authorization/application/access/policy-decision-point';
import type { Grant } from '../../../../../src/contexts/authorization/domain/grant';
import { AuthorizationWorkspaceAccess } from '../../../../../src/contexts/spatial-analysis/adapters/authorization/authorization-workspace-access';
import { InMemoryFolderRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-folder.repository';
import { CreateFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/create-folder.use-case';
import { DeleteFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/delete-folder.use-case';
import { EnsureHomeFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/ensure-home-folder.use-case';
import { EraseUserWorkspace } from '../../../../../src/contexts/spatial-analysis/application/workspace/erase-user-workspace.use-case';
import { principalFor } from '../../../../support/test-app';

const clock = { now: () => new Date('2026-03-01T10:00:00Z') };
const alice = principalFor('alice');

function world() {
  const stores = inMemoryStores();
  const { permissions, organizations, teams, grants, subscriptions, audit } = stores;
  const access = new AuthorizationWorkspaceAccess(() => new PolicyDecisionPoint(permissions, organizations, teams, grants, subscriptions, audit, clock));
  const folders = new InMemoryFolderRepository();
  const ensureHome = new EnsureHomeFolder(folders, clock);
  // Owner recorded as someone else, so only an explicit forget (not authorization's own erasure) removes it.
  const grantOn = (id: string): Grant => ({ resourceType: 'folder', resourceId: id, resourceOwnerId: 'someone-else', granteeKind: 'user', granteeId: 'bob', role: 'folder-viewer', grantedBy: 'alice', grantedAt: clock.now() });
  return { grants, access, folders, ensureHome, grantOn, create: new CreateFolder(folders, ensureHome, clock) };
}

describe('spatial analysis forgets the grants of what it deletes', () => {
  it('a deleted folder loses its grants; bob can no longer read it', async () => {
    const w = world();
    const created = await w.create.execute(alice, { name: 'Studies' });
    if (!created.ok) throw created.error;
    const folder = created.value;
    await w.grants.save(w.grantOn(folder.id));
    const resource = { type: 'folder' as const, id: folder.id, ownerId: 'alice' };
    expect((await w.access.decide(principalFor('bob'), 'read', resource)).allowed).toBe(true);
    expect((await new DeleteFolder(w.folders, w.access).execute(alice, folder.id)).ok).toBe(true);
    expect(await w.grants.on({ type: 'folder', id: folder.id })).toEqual([]);
    expect((await w.access.decide(principalFor('bob'), 'read', resource)).allowed).toBe(false);
  });

  it('an erased workspace forgets the grants of every folder, home included', async () => {
    const w = world();
    const home = await w.ensureHome.execute(alice.id);
    const created = await w.create.execute(alice, { name: 'Studies' });
    if (!created.ok) throw created.error;
    await w.grants.save(w.grantOn(home.id));
    await w.grants.save(w.grantOn(created.value.id));
    await new EraseUserWorkspace(w.folders, undefined, w.access).execute(alice.id);
    expect(await w.grants.on({ type: 'folder', id: home.id })).toEqual([]);
    expect(await w.grants.on({ type: 'folder', id: created.value.id })).toEqual([]);
    expect(await w.folders.homeOf(alice.id)).toBeNull();
  });
});
