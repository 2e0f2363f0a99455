import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { TeamId } from '../../domain/team';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

/** An owner removes a member, or a member leaves; the last owner stays (delete the team instead). */
export class RemoveTeamMember {
  constructor(
    private readonly teams: TeamRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(principal: Principal, id: TeamId, userId: string): Promise<Result<void, DomainError>> {
    const leaving = principal.id === userId;
    const allowed = await requirePermission(this.policy, principal, leaving ? 'read-team' : 'manage-team-members', { type: 'team', id }, AuthorizationErrors.teamNotFound);
    if (!allowed.ok) return allowed;
    const member = await this.teams.membership(id, userId);
    if (!member) return err(AuthorizationErrors.memberNotFound());
    if (member.role === 'team-owner' && (await this.teams.countOwners(id)) <= 1) return err(AuthorizationErrors.lastOwner());
    await this.teams.removeMember(id, userId);
    return ok(undefined);
  }
}
