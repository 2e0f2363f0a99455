import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { withTeamProfile, type Team, type TeamId } from '../../domain/team';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

export class UpdateTeamProfile {
  constructor(
    private readonly teams: TeamRepository,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: TeamId, change: { name?: string; description?: string | null; avatar?: string | null }): Promise<Result<Team, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'update-team', { type: 'team', id }, AuthorizationErrors.teamNotFound);
    if (!allowed.ok) return allowed;
    const team = await this.teams.byId(id);
    if (!team) return err(AuthorizationErrors.teamNotFound());
    const changed = withTeamProfile(team, change, this.clock.now());
    if (!changed.ok) return changed;
    await this.teams.save(changed.value);
    return ok(changed.value);
  }
}
