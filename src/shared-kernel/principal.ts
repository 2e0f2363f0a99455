/**
 * Who is acting. Only the identity context creates one (from a verified token or a session); every
 * context reads it. `id` is the identity provider's `sub`, unchanged.
 */
export interface Principal {
  readonly id: string;
  readonly email: string | null;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly username: string | null;
  readonly realmRoles: readonly string[];
}

export const isSuperuser = (principal: Principal): boolean => principal.realmRoles.includes('superuser');
