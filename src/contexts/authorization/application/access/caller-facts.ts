import type { Grantee } from '../../domain/grant';
import type { Membership } from '../../domain/organization';
import type { Account } from '../../domain/subscription';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';

/** What a decision needs to know about the caller: their organization and their teams. */
export interface CallerFacts {
  readonly membership: Membership | null;
  readonly grantees: Grantee[];
}

export async function callerFacts(userId: string, organizations: OrganizationRepository, teams: TeamRepository): Promise<CallerFacts> {
  const [membership, teamIds] = await Promise.all([organizations.membershipOf(userId), teams.teamIdsOf(userId)]);
  const grantees: Grantee[] = [{ kind: 'user', id: userId }, ...teamIds.map((id) => ({ kind: 'team' as const, id }))];
  if (membership) grantees.push({ kind: 'organization', id: membership.organizationId });
  return { membership, grantees };
}

/** Who pays for what the caller does: their organization, else their personal allowance. */
export const accountOf = (userId: string, membership: Membership | null): Account =>
  membership ? { kind: 'organization', id: membership.organizationId } : { kind: 'personal', id: userId };
