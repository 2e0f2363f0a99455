import { randomBytes } from 'node:crypto';
import { instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import { CLOCK, type Clock } from '../../shared-kernel/clock';
import { requireEntityManager, type ContextOptions } from '../../shared-kernel/context-registration';
import { EVENT_BUS, type EventBus } from '../../shared-kernel/event-bus.port';
import { READINESS_CHECK } from '../../shared-kernel/readiness';
import { DevelopmentAuthenticator } from './adapters/development/development-authenticator';
import { InMemoryIdentityProviderAdmin } from './adapters/keycloak/in-memory-identity-provider-admin';
import { KeycloakIdentityProviderAdmin } from './adapters/keycloak/keycloak-identity-provider-admin';
import { fetchJson } from './adapters/oidc/http-json';
import { identityProviderReadiness } from './adapters/oidc/identity-provider-readiness';
import { JwtAccessTokenVerifier } from './adapters/oidc/jwt-access-token-verifier';
import { OpenIdDiscovery } from './adapters/oidc/openid-discovery';
import { SigningKeys } from './adapters/oidc/signing-keys';
import { InMemoryUserSettingsRepository } from './adapters/persistence/in-memory/in-memory-user-settings.repository';
import { InMemoryUserRepository } from './adapters/persistence/in-memory/in-memory-user.repository';
import { MikroOrmUserSettingsRepository } from './adapters/persistence/mikro-orm/mikro-orm-user-settings.repository';
import { MikroOrmUserRepository } from './adapters/persistence/mikro-orm/mikro-orm-user.repository';
import { SpatialAnalysisHomeFolders } from './adapters/spatial-analysis/spatial-analysis-home-folders';
import { memorySessionStorage, postgresSessionStorage, type SessionStorage } from './adapters/web-sign-in/session-store';
import { buildWebSignIn, type WebSignIn } from './adapters/web-sign-in/web-sign-in';
import { AuthenticateRequest } from './application/authenticate-request.use-case';
import { DeleteAccount } from './application/delete-account.use-case';
import { GetProfile } from './application/get-profile.use-case';
import { GetSystemSettings } from './application/get-system-settings.use-case';
import { ProvisionUser } from './application/provision-user.use-case';
import { RecentlyDeletedAccounts } from './application/recently-deleted-accounts';
import { UpdateProfile } from './application/update-profile.use-case';
import { UpdateSystemSettings } from './application/update-system-settings.use-case';
import { allowedOriginsOf, webSignInConfigured, type IdentityConfig, type IdentityLog } from './identity-config';
import { ACCESS_TOKEN_VERIFIER, type AccessTokenVerifier } from './ports/access-token-verifier.port';
import { AUTHENTICATOR } from './ports/authenticator.port';
import { BROWSER_SESSIONS, type BrowserSessions } from './ports/browser-sessions.port';
import { HOME_FOLDER_PROVISIONING, type HomeFolderProvisioning } from './ports/home-folder-provisioning.port';
import { IDENTITY_PROVIDER_ADMIN, type IdentityProviderAdmin } from './ports/identity-provider-admin.port';
import { USER_REPOSITORY, type UserRepository } from './ports/user-repository.port';
import { USER_SETTINGS_REPOSITORY, type UserSettingsRepository } from './ports/user-settings-repository.port';

export interface IdentityOptions extends ContextOptions {
  readonly config?: IdentityConfig;
  readonly log?: IdentityLog;
}

/** `{ webSignIn }`: the browser sign-in of this app instance, null when it is not configured. */
export const WEB_SIGN_IN: unique symbol = Symbol('WebSignIn');
const OPEN_ID_DISCOVERY: unique symbol = Symbol('OpenIdDiscovery');
const SESSION_STORAGE: unique symbol = Symbol('SessionStorage');

const silentLog: IdentityLog = { info: () => undefined, warn: () => undefined };

type Factory<T> = (c: DependencyContainer) => T;
const singleton = <T>(container: DependencyContainer, token: unknown, factory: Factory<T>): void => {
  container.register(token as never, { useFactory: instanceCachingFactory(factory) });
};

/**
 * Binds identity. With OIDC_ISSUER_URL, Bearer tokens are verified against the provider (and, with
 * the client settings, browsers can sign in); without it every request is the development user.
 */
export function registerIdentity(container: DependencyContainer, options: IdentityOptions): void {
  const config = options.config ?? {};
  const log = options.log ?? silentLog;
  const postgis = options.persistence === 'postgis';

  container.register(USER_REPOSITORY, { useValue: postgis ? new MikroOrmUserRepository(requireEntityManager(options)) : new InMemoryUserRepository() });
  container.register(USER_SETTINGS_REPOSITORY, {
    useValue: postgis ? new MikroOrmUserSettingsRepository(requireEntityManager(options)) : new InMemoryUserSettingsRepository(),
  });
  container.register(HOME_FOLDER_PROVISIONING, { useValue: new SpatialAnalysisHomeFolders(container) });
  registerProviderAdmin(container, config, log);
  // Sessions exist only with browser sign-in; the store is made when first needed.
  const databaseUrl = postgis ? config.DATABASE_URL : undefined;
  singleton(container, SESSION_STORAGE, () => (databaseUrl ? postgresSessionStorage(databaseUrl) : memorySessionStorage()));
  if (webSignInConfigured(config)) {
    container.register(BROWSER_SESSIONS, { useFactory: (c) => c.resolve<SessionStorage>(SESSION_STORAGE).sessions });
  } else {
    container.register(BROWSER_SESSIONS, { useValue: { endAllOf: async () => undefined } satisfies BrowserSessions });
  }

  const clock = (c: DependencyContainer) => c.resolve<Clock>(CLOCK);
  const users = (c: DependencyContainer) => c.resolve<UserRepository>(USER_REPOSITORY);
  const settings = (c: DependencyContainer) => c.resolve<UserSettingsRepository>(USER_SETTINGS_REPOSITORY);
  singleton(container, RecentlyDeletedAccounts, (c) => new RecentlyDeletedAccounts(clock(c)));
  singleton(container, ProvisionUser, (c) => new ProvisionUser(users(c), c.resolve<HomeFolderProvisioning>(HOME_FOLDER_PROVISIONING), clock(c)));
  singleton(container, GetProfile, (c) => new GetProfile(users(c), c.resolve(ProvisionUser)));
  singleton(container, UpdateProfile, (c) => new UpdateProfile(users(c), c.resolve(GetProfile), clock(c)));
  singleton(container, GetSystemSettings, (c) => new GetSystemSettings(settings(c)));
  singleton(container, UpdateSystemSettings, (c) => new UpdateSystemSettings(settings(c)));
  singleton(
    container,
    DeleteAccount,
    (c) =>
      new DeleteAccount(
        users(c),
        settings(c),
        c.resolve<BrowserSessions>(BROWSER_SESSIONS),
        c.resolve<IdentityProviderAdmin>(IDENTITY_PROVIDER_ADMIN),
        c.resolve<EventBus>(EVENT_BUS),
        c.resolve(ProvisionUser),
        c.resolve(RecentlyDeletedAccounts),
        clock(c),
      ),
  );

  const issuer = config.OIDC_ISSUER_URL;
  if (!issuer) {
    singleton(container, AUTHENTICATOR, (c) => new DevelopmentAuthenticator(c.resolve(ProvisionUser)));
    container.register(WEB_SIGN_IN, { useValue: { webSignIn: null } });
    return;
  }
  const audience = config.OIDC_AUDIENCE ?? 'goat-api';
  singleton(container, OPEN_ID_DISCOVERY, (c) => new OpenIdDiscovery(issuer, fetchJson, clock(c)));
  const discovery = (c: DependencyContainer) => c.resolve<OpenIdDiscovery>(OPEN_ID_DISCOVERY);
  singleton(container, ACCESS_TOKEN_VERIFIER, (c) => {
    const keys = new SigningKeys(async () => (await discovery(c).metadata()).jwksUri, fetchJson, clock(c));
    return new JwtAccessTokenVerifier(issuer, audience, keys, clock(c));
  });
  const verifier = (c: DependencyContainer) => c.resolve<AccessTokenVerifier>(ACCESS_TOKEN_VERIFIER);
  singleton(container, AUTHENTICATOR, (c) => new AuthenticateRequest(verifier(c), c.resolve(ProvisionUser), c.resolve(RecentlyDeletedAccounts), allowedOriginsOf(config)));
  container.register(READINESS_CHECK, { useFactory: (c) => identityProviderReadiness(discovery(c)) });
  singleton(container, WEB_SIGN_IN, (c) => ({ webSignIn: webSignInFor(c, config, log) }));
}

function registerProviderAdmin(container: DependencyContainer, config: IdentityConfig, log: IdentityLog): void {
  if (config.OIDC_ISSUER_URL && config.KEYCLOAK_ADMIN_CLIENT_ID && config.KEYCLOAK_ADMIN_CLIENT_SECRET) {
    const settings = { issuerUrl: config.OIDC_ISSUER_URL, clientId: config.KEYCLOAK_ADMIN_CLIENT_ID, clientSecret: config.KEYCLOAK_ADMIN_CLIENT_SECRET };
    singleton(container, IDENTITY_PROVIDER_ADMIN, (c) => new KeycloakIdentityProviderAdmin(settings, c.resolve<Clock>(CLOCK)));
    return;
  }
  if (config.OIDC_ISSUER_URL) {
    log.warn(
      'KEYCLOAK_ADMIN_CLIENT_ID/_SECRET are not set: Keycloak accounts are not administered from here (deleted accounts stay in Keycloak; invitations wait for the first sign-in).',
    );
  }
  container.register(IDENTITY_PROVIDER_ADMIN, { useValue: new InMemoryIdentityProviderAdmin() });
}

function webSignInFor(container: DependencyContainer, config: IdentityConfig, log: IdentityLog): WebSignIn | null {
  if (!webSignInConfigured(config)) {
    log.info('browser sign-in is off (set OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URL to turn it on); Bearer tokens work.');
    return null;
  }
  let sessionSecret = config.SESSION_SECRET;
  if (!sessionSecret) {
    // Production refuses to start without one (config); elsewhere sessions just end with the process.
    log.warn('SESSION_SECRET is not set: using a random one, so browser sessions end when the server restarts.');
    sessionSecret = randomBytes(32).toString('base64url');
  }
  const allowedOrigins = allowedOriginsOf(config);
  const redirectOrigin = new URL(config.OIDC_REDIRECT_URL!).origin;
  return buildWebSignIn(
    {
      clientId: config.OIDC_CLIENT_ID!,
      clientSecret: config.OIDC_CLIENT_SECRET!,
      redirectUrl: config.OIDC_REDIRECT_URL!,
      sessionSecret,
      secureCookie: config.NODE_ENV !== 'development',
      allowedOrigins,
      landingPage: `${config.CORS_ORIGINS?.[0] ?? config.PUBLIC_BASE_URL ?? redirectOrigin}`.replace(/\/?$/, '/'),
    },
    {
      discovery: container.resolve<OpenIdDiscovery>(OPEN_ID_DISCOVERY),
      verifier: container.resolve<AccessTokenVerifier>(ACCESS_TOKEN_VERIFIER),
      provisionUser: container.resolve(ProvisionUser),
      storage: container.resolve<SessionStorage>(SESSION_STORAGE),
      log,
    },
  );
}
