import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { TeamId } from '../../domain/team';
import type { GrantRepository } from '../../ports/grant-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

/** What was shared with the team is no longer shared with its members. */
export class DeleteTeam {
  constructor(
    private readonly teams: TeamRepository,
    private readonly grants: GrantRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(principal: Principal, id: TeamId): Promise<Result<void, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'delete-team', { type: 'team', id }, AuthorizationErrors.teamNotFound);
    if (!allowed.ok) return allowed;
    await this.grants.deleteForGrantee({ kind: 'team', id });
    await this.teams.delete(id);
    return ok(undefined);
  }
}
