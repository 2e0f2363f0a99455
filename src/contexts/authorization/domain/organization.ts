import type { DomainError } from '../../../shared-kernel/domain-error';
import { newId, type Id } from '../../../shared-kernel/ids';
import { err, ok, type Result } from '../../../shared-kernel/result';
import { AuthorizationErrors } from './authorization.errors';
import { organizationRank, type OrganizationRole } from './roles';

export type OrganizationId = Id<'Organization'>;

/** The optional profile fields of the reference platform's organization form. */
export interface OrganizationProfile {
  readonly type?: string | null;
  readonly size?: string | null;
  readonly industry?: string | null;
  readonly department?: string | null;
  readonly useCase?: string | null;
  readonly phone?: string | null;
  readonly location?: string | null;
  readonly avatar?: string | null;
  readonly region?: string | null;
  readonly newsletter?: boolean | null;
}

export interface Organization {
  readonly id: OrganizationId;
  readonly name: string;
  readonly profile: OrganizationProfile;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface Membership {
  readonly organizationId: OrganizationId;
  readonly userId: string;
  /** As the identity provider knew it when they joined; lets invitations spot existing members. */
  readonly email: string | null;
  readonly role: OrganizationRole;
  readonly joinedAt: Date;
}

export const MAX_NAME_LENGTH = 255;

export function checkedName(raw: string, pointer = '/body/name'): Result<string, DomainError> {
  const name = raw.trim();
  return name.length === 0 || name.length > MAX_NAME_LENGTH ? err(AuthorizationErrors.invalidName(pointer)) : ok(name);
}

export function newOrganization(name: string, profile: OrganizationProfile, now: Date): Result<Organization, DomainError> {
  const checked = checkedName(name);
  if (!checked.ok) return checked;
  return ok({ id: newId<'Organization'>(), name: checked.value, profile: { ...profile }, createdAt: now, updatedAt: now });
}

export function withProfile(
  organization: Organization,
  change: { name?: string; profile: OrganizationProfile },
  now: Date,
): Result<Organization, DomainError> {
  let name = organization.name;
  if (change.name !== undefined) {
    const checked = checkedName(change.name);
    if (!checked.ok) return checked;
    name = checked.value;
  }
  return ok({ ...organization, name, profile: { ...organization.profile, ...change.profile }, updatedAt: now });
}

/**
 * May `actor` give `target` the role `role`? Nobody changes their own role, nobody gives or takes a
 * role above their own, and ownership moves only by transfer (so there is always exactly one owner).
 */
export function checkRoleChange(actor: Membership, target: Membership, role: OrganizationRole): Result<void, DomainError> {
  if (target.role === 'organization-owner') return err(AuthorizationErrors.lastOwner());
  if (actor.userId === target.userId || role === 'organization-owner') return err(AuthorizationErrors.roleEscalation());
  if (organizationRank(role) > organizationRank(actor.role) || organizationRank(target.role) > organizationRank(actor.role)) {
    return err(AuthorizationErrors.roleEscalation());
  }
  return ok(undefined);
}

/** Members leave by themselves or are removed by someone ranking at least as high; the owner stays. */
export function checkRemoval(actor: Membership, target: Membership): Result<void, DomainError> {
  if (target.role === 'organization-owner') return err(AuthorizationErrors.lastOwner());
  if (actor.userId !== target.userId && organizationRank(target.role) > organizationRank(actor.role)) {
    return err(AuthorizationErrors.roleEscalation());
  }
  return ok(undefined);
}

/** Only a role an admin could assign may be offered in an invitation. */
export function checkInvitableRole(actor: Membership, role: OrganizationRole): Result<void, DomainError> {
  if (role === 'organization-owner' || organizationRank(role) > organizationRank(actor.role)) return err(AuthorizationErrors.roleEscalation());
  return ok(undefined);
}
