import type { DomainError } from '../../../shared-kernel/domain-error';
import { newId, type Id } from '../../../shared-kernel/ids';
import { ok, type Result } from '../../../shared-kernel/result';
import { checkedName } from './organization';
import type { OrganizationId } from './organization';
import type { TeamRole } from './roles';

export type TeamId = Id<'Team'>;

/** A group to share with; it belongs to its creator's organization, if they have one. */
export interface Team {
  readonly id: TeamId;
  readonly name: string;
  readonly description: string | null;
  readonly avatar: string | null;
  readonly organizationId: OrganizationId | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface TeamMembership {
  readonly teamId: TeamId;
  readonly userId: string;
  readonly role: TeamRole;
  readonly joinedAt: Date;
}

export function newTeam(
  input: { name: string; description?: string | null; avatar?: string | null; organizationId: OrganizationId | null },
  now: Date,
): Result<Team, DomainError> {
  const name = checkedName(input.name);
  if (!name.ok) return name;
  return ok({
    id: newId<'Team'>(),
    name: name.value,
    description: input.description ?? null,
    avatar: input.avatar ?? null,
    organizationId: input.organizationId,
    createdAt: now,
    updatedAt: now,
  });
}

export function withTeamProfile(
  team: Team,
  change: { name?: string; description?: string | null; avatar?: string | null },
  now: Date,
): Result<Team, DomainError> {
  let name = team.name;
  if (change.name !== undefined) {
    const checked = checkedName(change.name);
    if (!checked.ok) return checked;
    name = checked.value;
  }
  return ok({
    ...team,
    name,
    description: change.description === undefined ? team.description : change.description,
    avatar: change.avatar === undefined ? team.avatar : change.avatar,
    updatedAt: now,
  });
}
