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

const MONTH_MS = 30 * 86_400_000;

export function newSubscription(account: Account, plan: Plan, now: Date): Subscription {
  return {
    account,
    planName: plan.name,
    totals: { ...plan.totals },
    used: { projects: 0, storage: 0, credits: 0, editors: 0, viewers: 0 },
    features: [...plan.features],
    suspended: false,
    onTrial: false,
    renewsAt: new Date(now.getTime() + MONTH_MS),
  };
}

export const accountKey = (account: Account): string => `${account.kind}:${account.id}`;

/** The outcome of charging a quota atomically. */
export type ReservationOutcome =
  | { readonly outcome: 'reserved'; readonly used: number; readonly total: number }
  | { readonly outcome: 'exceeded'; readonly used: number; readonly total: number }
  | { readonly outcome: 'suspended' };
