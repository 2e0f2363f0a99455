import { randomUUID } from 'node:crypto';
import type { IdentityProviderAdmin } from '../../../src/contexts/identity/ports/identity-provider-admin.port';

/** One behaviour for every IdentityProviderAdmin (Keycloak's Admin REST API and the in-memory one). */
export function describeUserAccountAdminContract(name: string, makeAdmin: () => Promise<IdentityProviderAdmin> | IdentityProviderAdmin): void {
  describe(`IdentityProviderAdmin contract: ${name}`, () => {
    let admin: IdentityProviderAdmin;
    let email: string;
    beforeAll(async () => {
      admin = await makeAdmin();
    });
    beforeEach(() => {
      email = `invitee-${randomUUID()}@example.org`;
    });

    it('finds no account for an unknown e-mail', async () => {
      expect(await admin.findByEmail(email)).toBeNull();
    });

    it('creates an account for an invitation and finds it by e-mail, whatever its case', async () => {
      const created = await admin.createWithInvitation({ email, firstname: 'Ina', lastname: 'Vite' });
      expect(created).toEqual({ id: expect.any(String), email, firstname: 'Ina', lastname: 'Vite' });
      expect(await admin.findByEmail(email.toUpperCase())).toEqual(created);
    });

    it('deletes an account, and deleting an absent one is no error', async () => {
      const created = await admin.createWithInvitation({ email });
      await admin.delete(created.id);
      expect(await admin.findByEmail(email)).toBeNull();
      await expect(admin.delete(created.id)).resolves.toBeUndefined();
    });
  });
}
