import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { Team, TeamId } from '../../domain/team';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

export class GetTeam {
  constructor(
    private readonly teams: TeamRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(principal: Principal, id: TeamId): Promise<Result<Team, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'read-team', { type: 'team', id }, AuthorizationErrors.teamNotFound);
    if (!allowed.ok) return allowed;
    const team = await this.teams.byId(id);
    return team ? ok(team) : err(AuthorizationErrors.teamNotFound());
  }
}
