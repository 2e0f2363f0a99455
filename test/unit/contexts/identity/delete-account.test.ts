import { InMemoryIdentityProviderAdmin } from '../../../../src/contexts/identity/adapters/keycloak/in-memory-identity-provider-admin';
import { InMemoryUserSettingsRepository } from '../../../../src/contexts/identity/adapters/persistence/in-memory/in-memory-user-settings.repository';
import { InMemoryUserRepository } from '../../../../src/contexts/identity/adapters/persistence/in-memory/in-memory-user.repository';
import { DeleteAccount } from '../../../../src/contexts/identity/application/delete-account.use-case';
import { ProvisionUser } from '../../../../src/contexts/identity/application/provision-user.use-case';
import { RecentlyDeletedAccounts } from '../../../../src/contexts/identity/application/recently-deleted-accounts';
import { USER_DELETED, type UserDeleted } from '../../../../src/contexts/identity';
import { InProcessEventBus } from '../../../../src/platform/events/in-process-event-bus';
import { describeUserAccountAdminContract } from '../../../support/contracts/user-account-admin.contract';
import { FixedClock, PrincipalMother, RecordingHomeFolders } from './identity-fixtures';

describeUserAccountAdminContract('in memory', () => new InMemoryIdentityProviderAdmin());

describe('deleting one\'s own account', () => {
  it('removes the provider account, the user and settings, tells every context, and ends the sessions', async () => {
    const clock = new FixedClock();
    const users = new InMemoryUserRepository();
    const settings = new InMemoryUserSettingsRepository();
    const admin = new InMemoryIdentityProviderAdmin();
    const events = new InProcessEventBus();
    const published: UserDeleted[] = [];
    events.subscribe<UserDeleted>(USER_DELETED, async (event) => void published.push(event));
    const endedSessions: string[] = [];
    const deleted = new RecentlyDeletedAccounts(clock);
    const provision = new ProvisionUser(users, new RecordingHomeFolders(), clock);

    const account = await admin.createWithInvitation({ email: 'mira@example.org' });
    const mira = PrincipalMother.mira({ id: account.id });
    await provision.execute(mira);
    await settings.save({ userId: mira.id, clientTheme: 'dark', preferredLanguage: 'de', unit: 'metric' });

    await new DeleteAccount(users, settings, { endAllOf: async (id) => void endedSessions.push(id) }, admin, events, provision, deleted, clock).execute(mira);

    expect(await admin.findByEmail('mira@example.org')).toBeNull();
    expect(await users.byId(mira.id)).toBeNull();
    expect(await settings.of(mira.id)).toBeNull();
    expect(published).toEqual([{ type: USER_DELETED, userId: mira.id, occurredAt: clock.now().toISOString() }]);
    expect(endedSessions).toEqual([mira.id]);
    expect(deleted.includes(mira.id)).toBe(true);
  });
});
