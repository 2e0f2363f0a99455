import { newId } from '../../../src/shared-kernel/ids';
import { DEFAULT_PLANS } from '../../../src/contexts/authorization/domain/plan';
import { newSubscription, type Account } from '../../../src/contexts/authorization/domain/subscription';
import type { SubscriptionRepository } from '../../../src/contexts/authorization/ports/subscription-repository.port';

const NOW = new Date('2026-01-01T00:00:00Z');
const starter = DEFAULT_PLANS[0];

export function describeSubscriptionRepositoryContract(name: string, makeRepository: () => SubscriptionRepository): void {
  describe(`SubscriptionRepository (${name})`, () => {
    let repository: SubscriptionRepository;
    beforeEach(() => {
      repository = makeRepository();
    });
    const account = (): Account => ({ kind: 'organization', id: newId() });

    it('opens once: a second open answers the subscription that holds', async () => {
      const a = account();
      const first = await repository.open(newSubscription(a, starter, NOW));
      const second = await repository.open({ ...newSubscription(a, DEFAULT_PLANS[2], NOW) });
      expect(second).toEqual(first);
      expect(first).toEqual(expect.objectContaining({ account: a, planName: 'goat_starter', totals: starter.totals, suspended: false }));
      expect(first.used).toEqual({ projects: 0, storage: 0, credits: 0, editors: 0, viewers: 0 });
      expect(await repository.of({ kind: 'personal', id: a.id })).toBeNull();
    });

    it('reserves within the total and refuses beyond it, leaving usage unchanged', async () => {
      const a = account();
      await repository.open(newSubscription(a, starter, NOW));
      expect(await repository.reserve(a, 'projects', 19)).toEqual({ outcome: 'reserved', used: 19, total: 20 });
      expect(await repository.reserve(a, 'projects', 1)).toEqual({ outcome: 'reserved', used: 20, total: 20 });
      expect(await repository.reserve(a, 'projects', 1)).toEqual({ outcome: 'exceeded', used: 20, total: 20 });
      expect((await repository.of(a))!.used.projects).toBe(20);
    });

    it('handles storage in bytes beyond 32 bits', async () => {
      const a = account();
      await repository.open(newSubscription(a, DEFAULT_PLANS[2], NOW));
      const fiftyGb = 50 * 1024 ** 3;
      expect(await repository.reserve(a, 'storage', fiftyGb)).toEqual({ outcome: 'reserved', used: fiftyGb, total: 100 * 1024 ** 3 });
    });

    it('releases, never below zero', async () => {
      const a = account();
      await repository.open(newSubscription(a, starter, NOW));
      await repository.reserve(a, 'credits', 10);
      await repository.release(a, 'credits', 4);
      expect((await repository.of(a))!.used.credits).toBe(6);
      await repository.release(a, 'credits', 100);
      expect((await repository.of(a))!.used.credits).toBe(0);
    });

    it('refuses every reservation of a suspended account; update keeps usage', async () => {
      const a = account();
      const opened = await repository.open(newSubscription(a, starter, NOW));
      await repository.reserve(a, 'projects', 3);
      await repository.update({ ...opened, suspended: true, totals: { ...opened.totals, projects: 50 } });
      expect(await repository.reserve(a, 'projects', 1)).toEqual({ outcome: 'suspended' });
      const stored = (await repository.of(a))!;
      expect(stored.used.projects).toBe(3);
      expect(stored.totals.projects).toBe(50);
    });

    it('a reservation on an account without a subscription is exceeded', async () => {
      expect(await repository.reserve(account(), 'projects', 1)).toEqual({ outcome: 'exceeded', used: 0, total: 0 });
    });

    it('a concurrent burst of reservations cannot overshoot the total', async () => {
      const a = account();
      await repository.open(newSubscription(a, starter, NOW));
      const outcomes = await Promise.all(Array.from({ length: 40 }, () => repository.reserve(a, 'projects', 1)));
      expect(outcomes.filter((o) => o.outcome === 'reserved')).toHaveLength(20);
      expect(outcomes.filter((o) => o.outcome === 'exceeded')).toHaveLength(20);
      expect((await repository.of(a))!.used.projects).toBe(20);
    });

    describe('monthly credits', () => {
      const at = (iso: string) => new Date(iso);

      it('are not renewed before renews_at', async () => {
        const a = account();
        await repository.open(newSubscription(a, starter, NOW));
        await repository.reserve(a, 'credits', 700);
        const before = await repository.renewCreditsIfDue(a, at('2026-01-31T23:59:59.999Z'));
        expect(before!.used.credits).toBe(700);
        expect(before!.renewsAt).toEqual(at('2026-02-01T00:00:00Z'));
      });

      it('start again at renews_at: used credits 0, renews_at a month on, other quotas untouched', async () => {
        const a = account();
        await repository.open(newSubscription(a, starter, NOW));
        await repository.reserve(a, 'credits', 1000);
        await repository.reserve(a, 'projects', 3);
        expect((await repository.reserve(a, 'credits', 1)).outcome).toBe('exceeded');
        const renewed = await repository.renewCreditsIfDue(a, at('2026-02-01T00:00:00Z'));
        expect(renewed!.used).toEqual({ projects: 3, storage: 0, credits: 0, editors: 0, viewers: 0 });
        expect(renewed!.renewsAt).toEqual(at('2026-03-01T00:00:00Z'));
        expect(await repository.reserve(a, 'credits', 1)).toEqual({ outcome: 'reserved', used: 1, total: 1000 });
        expect(await repository.of(a)).toEqual({ ...renewed, used: { ...renewed!.used, credits: 1 } });
      });

      it('skip the months nobody claimed: renews_at advances by whole months past now', async () => {
        const a = account();
        await repository.open({ ...newSubscription(a, starter, NOW), renewsAt: at('2026-01-31T10:00:00Z') });
        await repository.reserve(a, 'credits', 5);
        const renewed = await repository.renewCreditsIfDue(a, at('2026-04-30T12:00:00Z'));
        expect(renewed!.used.credits).toBe(0);
        // 31 Jan + 3 months (30 Apr 10:00) is not after now; + 4 months is 31 May.
        expect(renewed!.renewsAt).toEqual(at('2026-05-31T10:00:00Z'));
      });

      it('renew once however many callers race across the boundary', async () => {
        const a = account();
        await repository.open(newSubscription(a, starter, NOW));
        await repository.reserve(a, 'credits', 990);
        const after = at('2026-02-01T00:00:01Z');
        // Each caller renews (if still due) and then charges one credit, as the Quotas facade does.
        await Promise.all(Array.from({ length: 30 }, async () => {
          await repository.renewCreditsIfDue(a, after);
          await repository.reserve(a, 'credits', 1);
        }));
        const stored = (await repository.of(a))!;
        expect(stored.used.credits).toBe(30);
        expect(stored.renewsAt).toEqual(at('2026-03-01T00:00:00Z'));
      });

      it('answer null for an account without a subscription', async () => {
        expect(await repository.renewCreditsIfDue(account(), at('2030-01-01T00:00:00Z'))).toBeNull();
      });
    });

    it('deletes', async () => {
      const a = account();
      await repository.open(newSubscription(a, starter, NOW));
      await repository.delete(a);
      expect(await repository.of(a)).toBeNull();
    });
  });
}
