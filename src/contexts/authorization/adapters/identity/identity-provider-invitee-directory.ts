import type { IdentityProviderAdmin } from '../../../identity';
import type { InviteeAccount, InviteeDirectory } from '../../ports/invitee-directory.port';

/**
 * Invitees through identity's administration of the provider (Keycloak): an unknown address gets an
 * account there, and the provider sends the mail. Takes the admin facade as a value (type-only import)
 * so that no runtime import of identity closes a load cycle; the composition root passes it in.
 */
export class IdentityProviderInviteeDirectory implements InviteeDirectory {
  constructor(private readonly admin: () => IdentityProviderAdmin) {}

  async ensureAccount(email: string): Promise<InviteeAccount> {
    if (await this.admin().findByEmail(email)) return 'existing';
    await this.admin().createWithInvitation({ email });
    return 'created';
  }
}
