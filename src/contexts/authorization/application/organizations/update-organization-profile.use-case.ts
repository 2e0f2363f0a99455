import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { withProfile, type Organization, type OrganizationId, type OrganizationProfile } from '../../domain/organization';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

export class UpdateOrganizationProfile {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(
    principal: Principal,
    id: OrganizationId,
    change: { name?: string; profile: OrganizationProfile },
  ): Promise<Result<Organization, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'update-organization', { type: 'organization', id }, AuthorizationErrors.organizationNotFound);
    if (!allowed.ok) return allowed;
    const organization = await this.organizations.byId(id);
    if (!organization) return err(AuthorizationErrors.organizationNotFound());
    const changed = withProfile(organization, change, this.clock.now());
    if (!changed.ok) return changed;
    await this.organizations.save(changed.value);
    return ok(changed.value);
  }
}
