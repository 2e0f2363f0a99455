import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { GetOrganization } from './get-organization.use-case';
import type { OrganizationView } from './organization-view';

/** The organization the caller belongs to, if any. */
export class GetMyOrganization {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly getOrganization: GetOrganization,
  ) {}

  async execute(principal: Principal): Promise<Result<OrganizationView, DomainError>> {
    const membership = await this.organizations.membershipOf(principal.id);
    if (!membership) return err(AuthorizationErrors.organizationNotFound());
    return this.getOrganization.execute(principal, membership.organizationId);
  }
}
