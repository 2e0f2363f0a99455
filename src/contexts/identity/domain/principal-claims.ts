import type { Principal } from '../../../shared-kernel/principal';

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/**
 * A verified token's claims as a Principal, Keycloak's names: `sub`, `email`, `given_name`,
 * `family_name`, `preferred_username`, `realm_access.roles`. Null without a usable subject.
 */
export function principalFromClaims(claims: Readonly<Record<string, unknown>>): Principal | null {
  const id = text(claims.sub);
  if (!id || id.length > 255) return null;
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const roles = Array.isArray(realmAccess?.roles) ? realmAccess.roles.filter((role): role is string => typeof role === 'string') : [];
  return {
    id,
    // An address the provider has not verified is no proof of who this is: invitations are matched
    // by e-mail, so an unverified one would let anyone claim another's invitation. Keycloak always
    // sends `email_verified` with the email scope.
    email: claims.email_verified === false ? null : text(claims.email),
    givenName: text(claims.given_name),
    familyName: text(claims.family_name),
    username: text(claims.preferred_username),
    realmRoles: roles,
  };
}
