/** What a subscription allows; the rows live in `authorization.plan` (seeded by migration 0021). */
export const QUOTAS = ['projects', 'storage', 'credits', 'editors', 'viewers'] as const;
export type Quota = (typeof QUOTAS)[number];

export const FEATURES = ['scenarios', 'public-transport'] as const;
export type Feature = (typeof FEATURES)[number];

export interface Plan {
  readonly name: string;
  /** Limits per quota; storage in bytes, credits per month. */
  readonly totals: Readonly<Record<Quota, number>>;
  readonly features: readonly Feature[];
}

export const STARTER_PLAN = 'goat_starter';
const MB = 1024 * 1024;

/** The seeded plans, also served by the in-memory catalogue. */
export const DEFAULT_PLANS: readonly Plan[] = [
  { name: STARTER_PLAN, totals: { projects: 20, storage: 500 * MB, credits: 1_000, editors: 2, viewers: 5 }, features: [] },
  {
    name: 'goat_professional',
    totals: { projects: 200, storage: 10 * 1024 * MB, credits: 20_000, editors: 10, viewers: 50 },
    features: ['scenarios'],
  },
  {
    name: 'goat_enterprise',
    totals: { projects: 10_000, storage: 100 * 1024 * MB, credits: 500_000, editors: 200, viewers: 2_000 },
    features: ['scenarios', 'public-transport'],
  },
];
