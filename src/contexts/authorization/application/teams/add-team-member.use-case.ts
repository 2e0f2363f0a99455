import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { TeamRole } from '../../domain/roles';
import type { TeamId, TeamMembership } from '../../domain/team';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

/** A team of an organization takes only that organization's members (no sharing across tenants). */
export class AddTeamMember {
  constructor(
    private readonly teams: TeamRepository,
    private readonly organizations: OrganizationRepository,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: TeamId, userId: string, role: TeamRole = 'team-member'): Promise<Result<TeamMembership, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'manage-team-members', { type: 'team', id }, AuthorizationErrors.teamNotFound);
    if (!allowed.ok) return allowed;
    const team = await this.teams.byId(id);
    if (!team) return err(AuthorizationErrors.teamNotFound());
    if (team.organizationId) {
      const membership = await this.organizations.membershipOf(userId);
      if (membership?.organizationId !== team.organizationId) return err(AuthorizationErrors.notOrganizationMember());
    }
    const member: TeamMembership = { teamId: id, userId, role, joinedAt: this.clock.now() };
    if (!(await this.teams.addMember(member))) return err(AuthorizationErrors.alreadyMember());
    return ok(member);
  }
}
