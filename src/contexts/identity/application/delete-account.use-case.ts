import type { Clock } from '../../../shared-kernel/clock';
import type { EventBus } from '../../../shared-kernel/event-bus.port';
import type { Principal } from '../../../shared-kernel/principal';
import { USER_DELETED, type UserDeleted } from '../domain/user-deleted.event';
import type { BrowserSessions } from '../ports/browser-sessions.port';
import type { IdentityProviderAdmin } from '../ports/identity-provider-admin.port';
import type { UserRepository } from '../ports/user-repository.port';
import type { UserSettingsRepository } from '../ports/user-settings-repository.port';
import type { ProvisionUser } from './provision-user.use-case';
import type { RecentlyDeletedAccounts } from './recently-deleted-accounts';

/**
 * A planner deletes their own account. The provider account goes first: if that fails nothing has
 * changed and the request can be repeated. Then identity's rows, then every other context erases its
 * share on `UserDeleted`. Each step is idempotent, so a retry after a fault finishes the job.
 */
export class DeleteAccount {
  constructor(
    private readonly users: UserRepository,
    private readonly settings: UserSettingsRepository,
    private readonly sessions: BrowserSessions,
    private readonly providerAdmin: IdentityProviderAdmin,
    private readonly events: EventBus,
    private readonly provisionUser: ProvisionUser,
    private readonly deletedAccounts: RecentlyDeletedAccounts,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal): Promise<void> {
    await this.providerAdmin.delete(principal.id);
    // Sign the account out everywhere first, so a failure further on cannot leave it usable.
    this.deletedAccounts.remember(principal.id);
    await this.sessions.endAllOf(principal.id);
    await this.settings.deleteOf(principal.id);
    await this.users.delete(principal.id);
    const event: UserDeleted = { type: USER_DELETED, userId: principal.id, occurredAt: this.clock.now().toISOString() };
    await this.events.publish(event);
    this.provisionUser.forget(principal.id);
  }
}
