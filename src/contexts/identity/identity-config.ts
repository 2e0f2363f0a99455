/**
 * The settings identity reads, named as the environment names them (the platform's config satisfies
 * this shape). Only OIDC_ISSUER_URL turns token verification on.
 */
export interface IdentityConfig {
  readonly NODE_ENV?: string;
  readonly DATABASE_URL?: string;
  readonly CORS_ORIGINS?: readonly string[];
  readonly PUBLIC_BASE_URL?: string;
  readonly OIDC_ISSUER_URL?: string;
  readonly OIDC_AUDIENCE?: string;
  readonly OIDC_CLIENT_ID?: string;
  readonly OIDC_CLIENT_SECRET?: string;
  readonly OIDC_REDIRECT_URL?: string;
  readonly SESSION_SECRET?: string;
  readonly KEYCLOAK_ADMIN_CLIENT_ID?: string;
  readonly KEYCLOAK_ADMIN_CLIENT_SECRET?: string;
}

/** Where identity reports what an operator must know (the platform passes its logger). */
export interface IdentityLog {
  info(message: string): void;
  warn(message: string): void;
}

const originOf = (url: string | undefined): string[] => {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
};

/** Origins whose pages may make cookie-authenticated writes: CORS_ORIGINS and the API's own. */
export const allowedOriginsOf = (config: IdentityConfig): string[] => [
  ...new Set([...(config.CORS_ORIGINS ?? []), ...originOf(config.OIDC_REDIRECT_URL), ...originOf(config.PUBLIC_BASE_URL)]),
];

export const webSignInConfigured = (config: IdentityConfig): boolean =>
  Boolean(config.OIDC_ISSUER_URL && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET && config.OIDC_REDIRECT_URL);
