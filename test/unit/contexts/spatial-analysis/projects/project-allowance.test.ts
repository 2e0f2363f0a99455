import { inMemoryStores, type AuthorizationStores } from '../../../../../src/contexts/authorization/adapters/persistence/stores';
import { SubscriptionQuotas } from '../../../../../src/contexts/authorization/application/billing/subscription-quotas';
import { OwnerOnlyWorkspaceAccess } from '../../../../../src/contexts/spatial-analysis/adapters/access/owner-only-workspace-access';
import { QuotaProjectAllowance } from '../../../../../src/contexts/spatial-analysis/adapters/authorization/quota-project-allowance';
import { InMemoryFolderRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-folder.repository';
import { InMemoryProjectLayerRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-project-layer.repository';
import { InMemoryProjectRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-project.repository';
import { InMemoryPublishedProjectRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-published-project.repository';
import { CreateProject } from '../../../../../src/contexts/spatial-analysis/application/projects/create-project.use-case';
import { DeleteProject } from '../../../../../src/contexts/spatial-analysis/application/projects/delete-project.use-case';
import { CreateFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/create-folder.use-case';
import { DeleteFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/delete-folder.use-case';
import { EnsureHomeFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/ensure-home-folder.use-case';
import type { Project } from '../../../../../src/contexts/spatial-analysis/domain/projects/project';
import type { FolderId } from '../../../../../src/contexts/spatial-analysis/domain/workspace/folder';
import type { DomainError } from '../../../../../src/shared-kernel/domain-error';
import type { Result } from '../../../../../src/shared-kernel/result';
import { principalFor } from '../../../../support/test-app';

const clock = { now: () => new Date('2026-03-01T10:00:00Z') };
const alice = principalFor('alice');

const value = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
  return result.value;
};

function workspace() {
  const stores: AuthorizationStores = inMemoryStores();
  const quotas = new SubscriptionQuotas(stores.organizations, stores.subscriptions, stores.plans, clock);
  const allowance = new QuotaProjectAllowance(() => quotas);
  const folders = new InMemoryFolderRepository();
  const projects = new InMemoryProjectRepository();
  const placements = new InMemoryProjectLayerRepository();
  const published = new InMemoryPublishedProjectRepository();
  const access = new OwnerOnlyWorkspaceAccess();
  const ensureHome = new EnsureHomeFolder(folders, clock);
  const erasure = { projects, published, placements, allowance, access };
  const contents = {
    eraseFolder: async (folderId: string) => {
      for (const id of await projects.idsInFolder(folderId)) await new DeleteProject(erasure).execute(alice, id);
    },
    eraseOwner: async () => undefined,
  };
  return {
    stores,
    projects,
    home: async () => (await ensureHome.execute(alice.id)).id as FolderId,
    newFolder: async (name: string) => value(await new CreateFolder(folders, ensureHome, clock).execute(alice, { name })).id as FolderId,
    create: new CreateProject(projects, folders, access, allowance, clock),
    remove: new DeleteProject(erasure),
    removeFolder: new DeleteFolder(folders, access, contents),
    used: async () => (await stores.subscriptions.of({ kind: 'personal', id: alice.id }))?.used.projects ?? 0,
  };
}

describe('the projects quota of the plan', () => {
  it('refuses the 21st project of a starter plan with authorization.quota-exceeded and creates nothing', async () => {
    const ws = workspace();
    const folderId = await ws.home();
    for (let i = 0; i < 20; i++) value(await ws.create.execute(alice, { folderId, name: `Project ${i}` }));
    const refused = await ws.create.execute(alice, { folderId, name: 'One too many' });
    expect(refused.ok || refused.error).toMatchObject({ code: 'authorization.quota-exceeded', kind: 'quota-exceeded', details: { quota: 'projects', total: 20, used: 20 } });
    const listed = await ws.projects.list({ ownerId: alice.id, page: { page: 1, size: 100 } });
    expect(listed.total).toBe(20);
    expect(listed.items.some((p) => p.name === 'One too many')).toBe(false);
  });

  it('gives the project back when it is deleted, and when its folder is', async () => {
    const ws = workspace();
    const folderId = await ws.home();
    const created: Project[] = [];
    for (let i = 0; i < 20; i++) created.push(value(await ws.create.execute(alice, { folderId, name: `Project ${i}` })));
    value(await ws.remove.execute(alice, created[0].id));
    expect(await ws.used()).toBe(19);
    value(await ws.create.execute(alice, { folderId, name: 'Fits again' }));
    expect(await ws.used()).toBe(20);

    const other = await ws.newFolder('Scenarios');
    value(await ws.remove.execute(alice, created[1].id));
    value(await ws.remove.execute(alice, created[2].id));
    value(await ws.create.execute(alice, { folderId: other, name: 'In a folder' }));
    value(await ws.create.execute(alice, { folderId: other, name: 'Also in a folder' }));
    expect(await ws.used()).toBe(20);
    value(await ws.removeFolder.execute(alice, other));
    expect(await ws.used()).toBe(18);
  });

  it('takes nothing for a project refused for its own reasons (invalid name, foreign folder)', async () => {
    const ws = workspace();
    const folderId = await ws.home();
    expect((await ws.create.execute(alice, { folderId, name: '' })).ok).toBe(false);
    expect((await ws.create.execute(principalFor('bob'), { folderId, name: 'Sneaky' })).ok).toBe(false);
    expect(await ws.used()).toBe(0);
  });
});
