/** Where Keycloak's Admin REST API is and how this API signs in to it (a service-account client). */
export interface KeycloakAdminSettings {
  /** The realm's issuer, e.g. `https://auth.example.org/realms/goat`. */
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** `https://host/realms/goat` -> `https://host` and `goat` (Keycloak's URL layout). */
export function keycloakLocation(issuerUrl: string): { baseUrl: string; realm: string } {
  const match = /^(.*)\/realms\/([^/]+)\/?$/.exec(issuerUrl);
  if (!match) throw new Error(`OIDC_ISSUER_URL ${issuerUrl} is not a Keycloak realm URL (…/realms/<realm>)`);
  return { baseUrl: match[1], realm: decodeURIComponent(match[2]) };
}
