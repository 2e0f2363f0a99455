import { InMemoryFolderRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-folder.repository';
import { OwnerOnlyWorkspaceAccess } from '../../../../../src/contexts/spatial-analysis/adapters/access/owner-only-workspace-access';
import { CreateFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/create-folder.use-case';
import { DeleteFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/delete-folder.use-case';
import { EnsureHomeFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/ensure-home-folder.use-case';
import { GetFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/get-folder.use-case';
import { ListFolders } from '../../../../../src/contexts/spatial-analysis/application/workspace/list-folders.use-case';
import { RenameFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/rename-folder.use-case';
import { MAX_FOLDERS_PER_USER, type Folder } from '../../../../../src/contexts/spatial-analysis/domain/workspace/folder';
import type { DomainError } from '../../../../../src/shared-kernel/domain-error';
import type { Result } from '../../../../../src/shared-kernel/result';
import { principalFor } from '../../../../support/test-app';

const clock = { now: () => new Date('2026-03-01T10:00:00Z') };
const alice = principalFor('alice');
const bob = principalFor('bob');
const admin = principalFor('root', ['superuser']);

function workspace() {
  const folders = new InMemoryFolderRepository();
  const access = new OwnerOnlyWorkspaceAccess();
  const ensureHome = new EnsureHomeFolder(folders, clock);
  return {
    folders,
    ensureHome,
    create: new CreateFolder(folders, ensureHome, clock),
    list: new ListFolders(folders, ensureHome),
    get: new GetFolder(folders, access),
    rename: new RenameFolder(folders, access, clock),
    remove: new DeleteFolder(folders, access),
  };
}

const value = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
  return result.value;
};
const code = (result: Result<unknown, DomainError>): string => (result.ok ? 'ok' : result.error.code);

describe('folders', () => {
  it('gives every user a home folder on first use, once', async () => {
    const w = workspace();
    const [first, second] = await Promise.all([w.ensureHome.execute('alice'), w.ensureHome.execute('alice')]);
    expect(first.id).toBe(second.id);
    const page = await w.list.execute(alice, { page: { page: 1, size: 10 } });
    expect(page.items.map((folder) => folder.name)).toEqual(['home']);
  });

  it('creates, renames and deletes a folder, trimming its name', async () => {
    const w = workspace();
    const folder = value(await w.create.execute(alice, { name: '  Schools 2026 ' }));
    expect(folder.name).toBe('Schools 2026');
    expect(value(await w.rename.execute(alice, folder.id, 'Schools')).name).toBe('Schools');
    expect(code(await w.remove.execute(alice, folder.id))).toBe('ok');
    expect(code(await w.get.execute(alice, folder.id))).toBe('workspace.folder-not-found');
  });

  it('protects the home folder from renaming and deletion, and reserves its name', async () => {
    const w = workspace();
    const home = await w.ensureHome.execute('alice');
    expect(code(await w.rename.execute(alice, home.id, 'elsewhere'))).toBe('workspace.home-folder-protected');
    expect(code(await w.remove.execute(alice, home.id))).toBe('workspace.home-folder-protected');
    expect(code(await w.create.execute(alice, { name: 'Home' }))).toBe('workspace.folder-name-reserved');
  });

  it('refuses duplicate names of one owner, on creation and on renaming', async () => {
    const w = workspace();
    await w.create.execute(alice, { name: 'Parks' });
    const other = value(await w.create.execute(alice, { name: 'Other' }));
    expect(code(await w.create.execute(alice, { name: 'Parks' }))).toBe('workspace.folder-name-taken');
    expect(code(await w.rename.execute(alice, other.id, 'Parks'))).toBe('workspace.folder-name-taken');
    expect(code(await w.create.execute(bob, { name: 'Parks' }))).toBe('ok');
  });

  it(`stops at ${MAX_FOLDERS_PER_USER} folders, the home folder not counting`, async () => {
    const w = workspace();
    for (let index = 0; index < MAX_FOLDERS_PER_USER; index++) value(await w.create.execute(alice, { name: `folder ${index}` }));
    expect(code(await w.create.execute(alice, { name: 'one too many' }))).toBe('workspace.folder-limit-reached');
    expect(await w.folders.countExcludingHome('alice')).toBe(MAX_FOLDERS_PER_USER);
  });

  it('hides another user\'s folder as not found, for every action', async () => {
    const w = workspace();
    const folder: Folder = value(await w.create.execute(alice, { name: 'Private' }));
    expect(code(await w.get.execute(bob, folder.id))).toBe('workspace.folder-not-found');
    expect(code(await w.rename.execute(bob, folder.id, 'Mine now'))).toBe('workspace.folder-not-found');
    expect(code(await w.remove.execute(bob, folder.id))).toBe('workspace.folder-not-found');
    expect((await w.folders.byId(folder.id))?.name).toBe('Private');
  });

  it('lets a superuser read another user\'s folder', async () => {
    const w = workspace();
    const folder = value(await w.create.execute(alice, { name: 'Audited' }));
    expect(value(await w.get.execute(admin, folder.id)).name).toBe('Audited');
  });

  it('rejects empty and overlong names', async () => {
    const w = workspace();
    expect(code(await w.create.execute(alice, { name: '   ' }))).toBe('workspace.folder-name-invalid');
    expect(code(await w.create.execute(alice, { name: 'x'.repeat(256) }))).toBe('workspace.folder-name-invalid');
  });
});
