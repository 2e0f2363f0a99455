import { randomUUID } from 'node:crypto';
import type { IdentityProviderAdmin, NewProviderAccount, ProviderAccount } from '../../ports/identity-provider-admin.port';

/**
 * Used when no Keycloak admin client is configured (and in tests): accounts live in memory and no
 * e-mail is sent, so an invitation waits until the invitee first signs in with that e-mail address.
 */
export class InMemoryIdentityProviderAdmin implements IdentityProviderAdmin {
  private readonly accounts = new Map<string, ProviderAccount>();

  async findByEmail(email: string): Promise<ProviderAccount | null> {
    const wanted = email.toLowerCase();
    const found = [...this.accounts.values()].find((account) => account.email === wanted);
    return found ? { ...found } : null;
  }

  async createWithInvitation(account: NewProviderAccount): Promise<ProviderAccount> {
    const existing = await this.findByEmail(account.email);
    if (existing) return existing;
    const created: ProviderAccount = {
      id: randomUUID(),
      email: account.email.toLowerCase(),
      firstname: account.firstname ?? null,
      lastname: account.lastname ?? null,
    };
    this.accounts.set(created.id, created);
    return { ...created };
  }

  async delete(id: string): Promise<void> {
    this.accounts.delete(id);
  }
}
