import type { Clock } from '../../../../shared-kernel/clock';
import { STARTER_PLAN } from '../../domain/plan';
import { newSubscription, type Account, type Subscription } from '../../domain/subscription';
import type { PlanCatalogue } from '../../ports/plan-catalogue.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';

/**
 * The account's subscription, opened on the starter plan the first time it is needed, its month's
 * credits started again when the renewal date has passed (lazily: whoever asks first renews).
 */
export async function subscriptionOf(
  account: Account,
  subscriptions: SubscriptionRepository,
  plans: PlanCatalogue,
  clock: Clock,
): Promise<Subscription> {
  const existing = await subscriptions.renewCreditsIfDue(account, clock.now());
  if (existing) return existing;
  const starter = await plans.byName(STARTER_PLAN);
  if (!starter) throw new Error(`The plan ${STARTER_PLAN} is missing from the plan catalogue`);
  return subscriptions.open(newSubscription(account, starter, clock.now()));
}
