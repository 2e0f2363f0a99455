import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { TeamId, TeamMembership } from '../../domain/team';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

export class ListTeamMembers {
  constructor(
    private readonly teams: TeamRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(principal: Principal, id: TeamId, page: PageRequest): Promise<Result<Page<TeamMembership>, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'read-team', { type: 'team', id }, AuthorizationErrors.teamNotFound);
    if (!allowed.ok) return allowed;
    return ok(await this.teams.members(id, page));
  }
}
