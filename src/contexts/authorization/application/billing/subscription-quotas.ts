import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { Feature, Quota } from '../../domain/plan';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { PlanCatalogue } from '../../ports/plan-catalogue.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import { accountOf } from '../access/caller-facts';
import type { Quotas } from './quotas';
import { subscriptionOf } from './subscription-of';

/** Charges the caller's organization, or their personal starter allowance when they have none. */
export class SubscriptionQuotas implements Quotas {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly plans: PlanCatalogue,
    private readonly clock: Clock,
  ) {}

  async reserve(principal: Principal, quota: Quota, amount: number): Promise<Result<void, DomainError>> {
    const account = accountOf(principal.id, await this.organizations.membershipOf(principal.id));
    await subscriptionOf(account, this.subscriptions, this.plans, this.clock);
    const outcome = await this.subscriptions.reserve(account, quota, amount);
    if (outcome.outcome === 'suspended') return err(AuthorizationErrors.suspended());
    if (outcome.outcome === 'exceeded') return err(AuthorizationErrors.quotaExceeded(quota, outcome.total, outcome.used));
    return ok(undefined);
  }

  async release(principal: Principal, quota: Quota, amount: number): Promise<void> {
    const account = accountOf(principal.id, await this.organizations.membershipOf(principal.id));
    await this.subscriptions.release(account, quota, amount);
  }

  async requireFeature(principal: Principal, feature: Feature): Promise<Result<void, DomainError>> {
    const account = accountOf(principal.id, await this.organizations.membershipOf(principal.id));
    const subscription = await subscriptionOf(account, this.subscriptions, this.plans, this.clock);
    return subscription.features.includes(feature) ? ok(undefined) : err(AuthorizationErrors.featureNotInPlan(feature));
  }
}
