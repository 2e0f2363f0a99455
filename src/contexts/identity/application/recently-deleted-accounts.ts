import type { Clock } from '../../../shared-kernel/clock';

// Longer than any access token or browser session lives, so nothing signed before the deletion works.
const REFUSE_FOR_MS = 12 * 60 * 60 * 1000;

/**
 * Accounts deleted in this process, remembered in memory only (nothing of the user stays in the
 * database): a token issued before the deletion must not provision the user again.
 */
export class RecentlyDeletedAccounts {
  private readonly deletedAt = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  remember(userId: string): void {
    this.forgetExpired();
    this.deletedAt.set(userId, this.clock.now().getTime());
  }

  includes(userId: string): boolean {
    const at = this.deletedAt.get(userId);
    return at !== undefined && this.clock.now().getTime() - at < REFUSE_FOR_MS;
  }

  private forgetExpired(): void {
    const now = this.clock.now().getTime();
    for (const [id, at] of this.deletedAt) if (now - at >= REFUSE_FOR_MS) this.deletedAt.delete(id);
  }
}
