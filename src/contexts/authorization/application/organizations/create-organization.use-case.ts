import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { newOrganization, type OrganizationProfile } from '../../domain/organization';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { PlanCatalogue } from '../../ports/plan-catalogue.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import { subscriptionOf } from '../billing/subscription-of';
import type { OrganizationView } from './organization-view';
import { takeSeat } from './seats';

export interface CreateOrganizationInput {
  readonly name: string;
  readonly profile: OrganizationProfile;
}

/** The creator becomes its owner; it starts on the starter plan. */
export class CreateOrganization {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly plans: PlanCatalogue,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, input: CreateOrganizationInput): Promise<Result<OrganizationView, DomainError>> {
    if (await this.organizations.membershipOf(principal.id)) return err(AuthorizationErrors.alreadyInOrganization());
    const now = this.clock.now();
    const created = newOrganization(input.name, input.profile, now);
    if (!created.ok) return created;
    const organization = created.value;
    await this.organizations.save(organization);
    const joined = await this.organizations.addMember({
      organizationId: organization.id,
      userId: principal.id,
      email: principal.email?.toLowerCase() ?? null,
      role: 'organization-owner',
      joinedAt: now,
    });
    if (joined === 'already-in-organization') {
      // Lost a race against another creation or an acceptance by the same user.
      await this.organizations.delete(organization.id);
      return err(AuthorizationErrors.alreadyInOrganization());
    }
    const account = { kind: 'organization', id: organization.id } as const;
    await subscriptionOf(account, this.subscriptions, this.plans, this.clock);
    await takeSeat(this.subscriptions, organization.id, 'organization-owner');
    return ok({ organization, subscription: (await this.subscriptions.of(account))! });
  }
}
