import type { EntityManager } from '@mikro-orm/core';
import type { Feature, Quota } from '../../../domain/plan';
import type { Account, ReservationOutcome, Subscription } from '../../../domain/subscription';
import type { SubscriptionRepository } from '../../../ports/subscription-repository.port';
import { SubscriptionSchema, type SubscriptionRecord } from './subscription.entity';

// Column names come from this closed map only, never from input.
const COLUMNS: Record<Quota, { total: string; used: string }> = {
  projects: { total: 'total_projects', used: 'used_projects' },
  storage: { total: 'total_storage', used: 'used_storage' },
  credits: { total: 'total_credits', used: 'used_credits' },
  editors: { total: 'total_editors', used: 'used_editors' },
  viewers: { total: 'total_viewers', used: 'used_viewers' },
};

const toSubscription = (r: SubscriptionRecord): Subscription => ({
  account: { kind: r.accountKind, id: r.accountId } as Account,
  planName: r.planName,
  totals: { projects: r.totalProjects, storage: Number(r.totalStorage), credits: r.totalCredits, editors: r.totalEditors, viewers: r.totalViewers },
  used: { projects: r.usedProjects, storage: Number(r.usedStorage), credits: r.usedCredits, editors: r.usedEditors, viewers: r.usedViewers },
  features: r.features as Feature[],
  suspended: r.suspended,
  onTrial: r.onTrial,
  renewsAt: new Date(r.renewsAt),
});

const plannedFields = (s: Subscription) => ({
  planName: s.planName,
  totalProjects: s.totals.projects,
  totalStorage: String(s.totals.storage),
  totalCredits: s.totals.credits,
  totalEditors: s.totals.editors,
  totalViewers: s.totals.viewers,
  features: [...s.features],
  suspended: s.suspended,
  onTrial: s.onTrial,
  renewsAt: s.renewsAt,
});

export class MikroOrmSubscriptionRepository implements SubscriptionRepository {
  constructor(private readonly em: EntityManager) {}

  async of(account: Account): Promise<Subscription | null> {
    const record = await this.em.fork().findOne(SubscriptionSchema, { accountKind: account.kind, accountId: account.id });
    return record ? toSubscription(record) : null;
  }

  async renewCreditsIfDue(account: Account, now: Date): Promise<Subscription | null> {
    // One conditional UPDATE computing the next date from the row itself: of callers racing across
    // the boundary, the first to take the row lock renews; the others re-check the advanced
    // renews_at under the lock and change nothing. The next date is the first whole month (UTC,
    // day clamped to the month's end, as domain/subscription.ts's nextRenewal) after now.
    await this.em.getConnection().execute(
      `UPDATE "authorization".subscription AS s SET used_credits = 0, renews_at = (
          SELECT (s.renews_at AT TIME ZONE 'UTC' + make_interval(months => n)) AT TIME ZONE 'UTC'
            FROM generate_series(1, 1 + (
              (date_part('year', ?::timestamptz AT TIME ZONE 'UTC') - date_part('year', s.renews_at AT TIME ZONE 'UTC')) * 12
              + date_part('month', ?::timestamptz AT TIME ZONE 'UTC') - date_part('month', s.renews_at AT TIME ZONE 'UTC'))::int) AS n
           WHERE (s.renews_at AT TIME ZONE 'UTC' + make_interval(months => n)) AT TIME ZONE 'UTC' > ?
           ORDER BY n LIMIT 1)
        WHERE s.account_kind = ? AND s.account_id = ? AND s.renews_at <= ?`,
      [now, now, now, account.kind, account.id, now],
      'run',
    );
    return this.of(account);
  }

  async open(s: Subscription): Promise<Subscription> {
    await this.em.getConnection().execute(
      `INSERT INTO "authorization".subscription
        (account_kind, account_id, plan_name, total_projects, used_projects, total_storage, used_storage, total_credits, used_credits,
         total_editors, used_editors, total_viewers, used_viewers, features, suspended, on_trial, renews_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?) ON CONFLICT DO NOTHING`,
      [
        s.account.kind, s.account.id, s.planName,
        s.totals.projects, s.used.projects, s.totals.storage, s.used.storage, s.totals.credits, s.used.credits,
        s.totals.editors, s.used.editors, s.totals.viewers, s.used.viewers,
        `{${s.features.join(',')}}`, s.suspended, s.onTrial, s.renewsAt,
      ],
      'run',
    );
    return (await this.of(s.account))!;
  }

  async update(s: Subscription): Promise<void> {
    await this.em.fork().nativeUpdate(SubscriptionSchema, { accountKind: s.account.kind, accountId: s.account.id }, plannedFields(s));
  }

  async reserve(account: Account, quota: Quota, amount: number): Promise<ReservationOutcome> {
    const { total, used } = COLUMNS[quota];
    // One conditional UPDATE: the row lock serialises concurrent reservations, none can overshoot.
    const rows = await this.em.getConnection().execute<{ used: string; total: string }[]>(
      `UPDATE "authorization".subscription SET ${used} = ${used} + ?
        WHERE account_kind = ? AND account_id = ? AND NOT suspended AND ${used} + ? <= ${total}
        RETURNING ${used} AS used, ${total} AS total`,
      [amount, account.kind, account.id, amount],
    );
    if (rows.length === 1) return { outcome: 'reserved', used: Number(rows[0].used), total: Number(rows[0].total) };
    const current = await this.of(account);
    if (current?.suspended) return { outcome: 'suspended' };
    return { outcome: 'exceeded', used: current?.used[quota] ?? 0, total: current?.totals[quota] ?? 0 };
  }

  async release(account: Account, quota: Quota, amount: number): Promise<void> {
    const { used } = COLUMNS[quota];
    await this.em.getConnection().execute(
      `UPDATE "authorization".subscription SET ${used} = GREATEST(${used} - ?, 0) WHERE account_kind = ? AND account_id = ?`,
      [amount, account.kind, account.id],
      'run',
    );
  }

  async delete(account: Account): Promise<void> {
    await this.em.fork().nativeDelete(SubscriptionSchema, { accountKind: account.kind, accountId: account.id });
  }
}
