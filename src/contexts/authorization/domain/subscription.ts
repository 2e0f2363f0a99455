import type { Feature, Plan, Quota } from './plan';

/** Who pays: an organization, or a user without one (their personal starter allowance). */
export type Account = { readonly kind: 'organization'; readonly id: string } | { readonly kind: 'personal'; readonly id: string };

export interface Subscription {
  readonly account: Account;
  readonly planName: string;
  readonly totals: Readonly<Record<Quota, number>>;
  readonly used: Readonly<Record<Quota, number>>;
  readonly features: readonly Feature[];
  readonly suspended: boolean;
  readonly onTrial: boolean;
  /** When the monthly credits start again. */
  readonly renewsAt: Date;
}

/** `date` plus whole calendar months (UTC), the day clamped to the month's last (31 Jan + 1 = 28 Feb). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(date.getTime());
  result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
  return result;
}

/** Credits start again once `now` reaches the renewal date. */
export const creditsRenewalDue = (subscription: Pick<Subscription, 'renewsAt'>, now: Date): boolean => now.getTime() >= subscription.renewsAt.getTime();

/**
 * The renewal date after a renewal at `now`: the old one advanced by whole months until it lies
 * after `now` (a subscription unused for three months skips the periods nobody claimed).
 */
export function nextRenewal(renewsAt: Date, now: Date): Date {
  const monthsApart = (now.getUTCFullYear() - renewsAt.getUTCFullYear()) * 12 + now.getUTCMonth() - renewsAt.getUTCMonth();
  let months = Math.max(1, monthsApart - 1);
  while (addMonths(renewsAt, months).getTime() <= now.getTime()) months += 1;
  return addMonths(renewsAt, months);
}

/** The month's credits unused again; every other quota is not monthly and stays. */
export const withCreditsRenewed = (subscription: Subscription, now: Date): Subscription => ({
  ...subscription,
  used: { ...subscription.used, credits: 0 },
  renewsAt: nextRenewal(subscription.renewsAt, now),
});

export function newSubscription(account: Account, plan: Plan, now: Date): Subscription {
  return {
    account,
    planName: plan.name,
    totals: { ...plan.totals },
    used: { projects: 0, storage: 0, credits: 0, editors: 0, viewers: 0 },
    features: [...plan.features],
    suspended: false,
    onTrial: false,
    renewsAt: addMonths(now, 1),
  };
}

export const accountKey = (account: Account): string => `${account.kind}:${account.id}`;

/** The outcome of charging a quota atomically. */
export type ReservationOutcome =
  | { readonly outcome: 'reserved'; readonly used: number; readonly total: number }
  | { readonly outcome: 'exceeded'; readonly used: number; readonly total: number }
  | { readonly outcome: 'suspended' };
