import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { OrganizationId } from '../../domain/organization';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { PlanCatalogue } from '../../ports/plan-catalogue.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';
import { subscriptionOf } from '../billing/subscription-of';
import type { OrganizationView } from './organization-view';

export class GetOrganization {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly plans: PlanCatalogue,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: OrganizationId): Promise<Result<OrganizationView, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'read-organization', { type: 'organization', id }, AuthorizationErrors.organizationNotFound);
    if (!allowed.ok) return allowed;
    const organization = await this.organizations.byId(id);
    if (!organization) return err(AuthorizationErrors.organizationNotFound());
    const subscription = await subscriptionOf({ kind: 'organization', id }, this.subscriptions, this.plans, this.clock);
    return ok({ organization, subscription });
  }
}
