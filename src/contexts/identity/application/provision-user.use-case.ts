import type { Clock } from '../../../shared-kernel/clock';
import type { Principal } from '../../../shared-kernel/principal';
import { newUserFrom, reconciledWith } from '../domain/user';
import type { HomeFolderProvisioning } from '../ports/home-folder-provisioning.port';
import type { UserRepository } from '../ports/user-repository.port';

const MAX_REMEMBERED = 10_000;

const fingerprintOf = (principal: Principal): string => JSON.stringify([principal.email, principal.givenName, principal.familyName]);

/**
 * Makes sure the platform knows a signed-in user: creates the user and their home folder on first
 * sight and takes over what the token says (see `reconciledWith`). Remembers whom it has seen with
 * which claims, so an ordinary request writes nothing.
 */
export class ProvisionUser {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly users: UserRepository,
    private readonly homeFolders: HomeFolderProvisioning,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal): Promise<void> {
    const fingerprint = fingerprintOf(principal);
    if (this.seen.get(principal.id) === fingerprint) return;
    const now = this.clock.now();
    const existing = await this.users.byId(principal.id);
    if (!existing) {
      await this.users.addIfAbsent(newUserFrom(principal, now));
    } else {
      const reconciled = reconciledWith(existing, principal, now);
      if (reconciled !== existing) await this.users.save(reconciled);
    }
    await this.homeFolders.ensureHomeFolder(principal.id);
    if (this.seen.size >= MAX_REMEMBERED) this.seen.clear();
    this.seen.set(principal.id, fingerprint);
  }

  /** After an account is deleted, its next appearance must not be skipped as already provisioned. */
  forget(userId: string): void {
    this.seen.delete(userId);
  }
}
