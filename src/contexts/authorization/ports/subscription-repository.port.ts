import type { Quota } from '../domain/plan';
import type { Account, ReservationOutcome, Subscription } from '../domain/subscription';

export interface SubscriptionRepository {
  of(account: Account): Promise<Subscription | null>;
  /**
   * The subscription after starting its month's credits again if `now` has reached `renewsAt`
   * (used credits to 0, `renewsAt` advanced by whole months past `now`; see `withCreditsRenewed`).
   * One conditional write: callers racing across the boundary renew once, never twice.
   */
  renewCreditsIfDue(account: Account, now: Date): Promise<Subscription | null>;
  /** Stores it unless the account already has one; answers the one that holds. */
  open(subscription: Subscription): Promise<Subscription>;
  /** Replaces plan, totals, flags (administration and tests); `used` is left as it is. */
  update(subscription: Subscription): Promise<void>;
  /**
   * Adds `amount` to the used quota only if it stays within the total and the account is not
   * suspended, atomically: concurrent reservations can never overshoot.
   */
  reserve(account: Account, quota: Quota, amount: number): Promise<ReservationOutcome>;
  /** Gives back, never below zero. */
  release(account: Account, quota: Quota, amount: number): Promise<void>;
  delete(account: Account): Promise<void>;
}

export const SUBSCRIPTION_REPOSITORY: unique symbol = Symbol('SubscriptionRepository');
