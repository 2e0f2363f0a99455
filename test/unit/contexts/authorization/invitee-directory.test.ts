import { InMemoryIdentityProviderAdmin } from '../../../../src/contexts/identity/adapters/keycloak/in-memory-identity-provider-admin';
import { IdentityProviderInviteeDirectory } from '../../../../src/contexts/authorization/adapters/identity/identity-provider-invitee-directory';
import { AwaitingSignInInviteeDirectory } from '../../../../src/contexts/authorization/adapters/persistence/in-memory/in-memory-directories';

describe('InviteeDirectory', () => {
  it('through identity’s provider administration: an unknown address gets an account, a known one is left alone', async () => {
    const admin = new InMemoryIdentityProviderAdmin();
    const directory = new IdentityProviderInviteeDirectory(() => admin);
    expect(await directory.ensureAccount('new@example.org')).toBe('created');
    expect(await admin.findByEmail('new@example.org')).toEqual(expect.objectContaining({ email: 'new@example.org' }));
    expect(await directory.ensureAccount('new@example.org')).toBe('existing');
  });

  it('without a provider, the invitation waits for a sign-in with that address', async () => {
    expect(await new AwaitingSignInInviteeDirectory().ensureAccount()).toBe('awaiting-sign-in');
  });
});
