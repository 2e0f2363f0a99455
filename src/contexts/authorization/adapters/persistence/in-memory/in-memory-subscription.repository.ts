import type { Quota } from '../../../domain/plan';
import { accountKey, creditsRenewalDue, withCreditsRenewed, type Account, type ReservationOutcome, type Subscription } from '../../../domain/subscription';
import type { SubscriptionRepository } from '../../../ports/subscription-repository.port';

/** Single-threaded JavaScript makes each call atomic, as the SQL adapter's conditional update is. */
export class InMemorySubscriptionRepository implements SubscriptionRepository {
  private readonly rows = new Map<string, Subscription>();

  async of(account: Account): Promise<Subscription | null> {
    const found = this.rows.get(accountKey(account));
    return found ? structuredClone(found) : null;
  }

  async renewCreditsIfDue(account: Account, now: Date): Promise<Subscription | null> {
    const key = accountKey(account);
    const row = this.rows.get(key);
    if (!row) return null;
    if (creditsRenewalDue(row, now)) this.rows.set(key, withCreditsRenewed(row, now));
    return structuredClone(this.rows.get(key)!);
  }

  async open(subscription: Subscription): Promise<Subscription> {
    const key = accountKey(subscription.account);
    if (!this.rows.has(key)) this.rows.set(key, structuredClone(subscription));
    return structuredClone(this.rows.get(key)!);
  }

  async update(subscription: Subscription): Promise<void> {
    const key = accountKey(subscription.account);
    const existing = this.rows.get(key);
    if (existing) this.rows.set(key, structuredClone({ ...subscription, used: existing.used }));
  }

  async reserve(account: Account, quota: Quota, amount: number): Promise<ReservationOutcome> {
    const key = accountKey(account);
    const row = this.rows.get(key);
    if (!row) return { outcome: 'exceeded', used: 0, total: 0 };
    if (row.suspended) return { outcome: 'suspended' };
    const used = row.used[quota];
    const total = row.totals[quota];
    if (used + amount > total) return { outcome: 'exceeded', used, total };
    this.rows.set(key, { ...row, used: { ...row.used, [quota]: used + amount } });
    return { outcome: 'reserved', used: used + amount, total };
  }

  async release(account: Account, quota: Quota, amount: number): Promise<void> {
    const key = accountKey(account);
    const row = this.rows.get(key);
    if (row) this.rows.set(key, { ...row, used: { ...row.used, [quota]: Math.max(0, row.used[quota] - amount) } });
  }

  async delete(account: Account): Promise<void> {
    this.rows.delete(accountKey(account));
  }
}
