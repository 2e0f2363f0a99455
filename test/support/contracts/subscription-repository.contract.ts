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

    it('deletes', async () => {
      const a = account();
      await repository.open(newSubscription(a, starter, NOW));
      await repository.delete(a);
      expect(await repository.of(a)).toBeNull();
    });
  });
}
