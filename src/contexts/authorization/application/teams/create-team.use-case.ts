import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { newTeam, type Team } from '../../domain/team';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

export interface TeamInput {
  readonly name: string;
  readonly description?: string | null;
  readonly avatar?: string | null;
}

/** The creator becomes team owner; the team belongs to their organization, if they have one. */
export class CreateTeam {
  constructor(
    private readonly teams: TeamRepository,
    private readonly organizations: OrganizationRepository,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, input: TeamInput): Promise<Result<Team, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'create-team', { type: 'workspace' }, AuthorizationErrors.teamNotFound);
    if (!allowed.ok) return allowed;
    const membership = await this.organizations.membershipOf(principal.id);
    const now = this.clock.now();
    const team = newTeam({ ...input, organizationId: membership?.organizationId ?? null }, now);
    if (!team.ok) return team;
    await this.teams.save(team.value);
    await this.teams.addMember({ teamId: team.value.id, userId: principal.id, role: 'team-owner', joinedAt: now });
    return ok(team.value);
  }
}
