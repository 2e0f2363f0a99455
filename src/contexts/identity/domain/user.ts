import type { Principal } from '../../../shared-kernel/principal';

/** A planner's profile as the platform keeps it; `id` is the identity provider's `sub`, unchanged. */
export interface User {
  readonly id: string;
  readonly email: string | null;
  readonly firstname: string | null;
  readonly lastname: string | null;
  readonly avatar: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface ProfileChanges {
  readonly firstname?: string | null;
  readonly lastname?: string | null;
  readonly avatar?: string | null;
}

export function newUserFrom(principal: Principal, now: Date): User {
  return {
    id: principal.id,
    email: principal.email,
    firstname: principal.givenName,
    lastname: principal.familyName,
    avatar: null,
    createdAt: now,
    updatedAt: now,
  };
}

const isEmpty = (value: string | null): boolean => value === null || value.trim() === '';

/**
 * The token's view merged into the stored profile: names only fill empty fields (what the planner set
 * is kept), while the e-mail follows the identity provider, which owns it.
 */
export function reconciledWith(user: User, principal: Principal, now: Date): User {
  const firstname = isEmpty(user.firstname) && principal.givenName ? principal.givenName : user.firstname;
  const lastname = isEmpty(user.lastname) && principal.familyName ? principal.familyName : user.lastname;
  const email = principal.email ?? user.email;
  if (firstname === user.firstname && lastname === user.lastname && email === user.email) return user;
  return { ...user, firstname, lastname, email, updatedAt: now };
}

export function withProfileChanges(user: User, changes: ProfileChanges, now: Date): User {
  return {
    ...user,
    firstname: changes.firstname !== undefined ? changes.firstname : user.firstname,
    lastname: changes.lastname !== undefined ? changes.lastname : user.lastname,
    avatar: changes.avatar !== undefined ? changes.avatar : user.avatar,
    updatedAt: now,
  };
}
