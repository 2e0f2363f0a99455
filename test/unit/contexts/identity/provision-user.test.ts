import { InMemoryUserRepository } from '../../../../src/contexts/identity/adapters/persistence/in-memory/in-memory-user.repository';
import { ProvisionUser } from '../../../../src/contexts/identity/application/provision-user.use-case';
import { FixedClock, PrincipalMother, RecordingHomeFolders } from './identity-fixtures';

describe('provisioning a signed-in user', () => {
  let users: InMemoryUserRepository;
  let homeFolders: RecordingHomeFolders;
  let clock: FixedClock;
  let provision: ProvisionUser;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    homeFolders = new RecordingHomeFolders();
    clock = new FixedClock();
    provision = new ProvisionUser(users, homeFolders, clock);
  });

  it('creates a new subject\'s user from the token, with a home folder', async () => {
    await provision.execute(PrincipalMother.mira());
    expect(await users.byId(PrincipalMother.mira().id)).toEqual({
      id: PrincipalMother.mira().id,
      email: 'mira@example.org',
      firstname: 'Mira',
      lastname: 'Stadt',
      avatar: null,
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
    expect(homeFolders.requested).toEqual([PrincipalMother.mira().id]);
  });

  it('keeps names the user set and fills only empty ones from the token', async () => {
    const mira = PrincipalMother.mira();
    await provision.execute(mira);
    const stored = (await users.byId(mira.id))!;
    await users.save({ ...stored, firstname: 'Miriam', lastname: '' });
    const fresh = new ProvisionUser(users, homeFolders, clock);
    await fresh.execute(PrincipalMother.mira({ givenName: 'M.', familyName: 'Stadt-Neu' }));
    expect(await users.byId(mira.id)).toMatchObject({ firstname: 'Miriam', lastname: 'Stadt-Neu' });
  });

  it('follows a changed e-mail address', async () => {
    await provision.execute(PrincipalMother.mira());
    clock.advance(60);
    await provision.execute(PrincipalMother.mira({ email: 'mira.stadt@example.org' }));
    expect(await users.byId(PrincipalMother.mira().id)).toMatchObject({ email: 'mira.stadt@example.org', updatedAt: clock.now() });
  });

  it('writes nothing on later requests with the same claims', async () => {
    await provision.execute(PrincipalMother.mira());
    const save = jest.spyOn(users, 'save');
    const add = jest.spyOn(users, 'addIfAbsent');
    const read = jest.spyOn(users, 'byId');
    await provision.execute(PrincipalMother.mira());
    expect([save.mock.calls.length, add.mock.calls.length, read.mock.calls.length]).toEqual([0, 0, 0]);
    expect(homeFolders.requested).toHaveLength(1);
  });

  it('provisions again after being told to forget the user (account deleted)', async () => {
    await provision.execute(PrincipalMother.mira());
    await users.delete(PrincipalMother.mira().id);
    provision.forget(PrincipalMother.mira().id);
    await provision.execute(PrincipalMother.mira());
    expect(await users.byId(PrincipalMother.mira().id)).not.toBeNull();
  });
});
