import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import Provider from 'oidc-provider';
import { CookieJar } from './cookie-jar';
import { MemoryAdapter } from './memory-adapter';

/**
 * A real OpenID provider (oidc-provider) standing in for Keycloak in tests: issuer
 * `http://127.0.0.1:<port>/realms/goat`, JWKS, discovery, JWT access tokens with Keycloak's claims
 * (`azp`, `realm_access.roles`, `email`, names), authorization code flow, RP-initiated logout, key
 * rotation. Interactions (login, consent) are answered programmatically for the user a test names.
 */
export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly username: string;
  readonly roles: string[];
}

export interface TestClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUris: string[];
  readonly postLogoutRedirectUris?: string[];
  /** passport-openidconnect posts its secret in the body (client_secret_post). */
  readonly tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
}

interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

export const API_AUDIENCE = 'goat-api';
/** The resource indicator under which the provider issues JWT access tokens for the API. */
export const API_RESOURCE = 'urn:goat:api';
const REALM_PATH = '/realms/goat';
const TOKEN_CLIENT: TestClient = {
  clientId: 'goat-test-client',
  clientSecret: 'goat-test-client-secret-0123456789',
  redirectUris: ['http://127.0.0.1/oidc-test/callback'],
};
const LOGIN_HEADER = 'x-test-login';

async function newSigningKey(): Promise<SigningKey> {
  const kid = randomUUID();
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, privateJwk, publicJwk };
}

export class OidcTestProvider {
  private readonly users = new Map<string, TestUser>();
  private keys: SigningKey[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private provider: any;
  private handler!: (req: IncomingMessage, res: ServerResponse) => void;
  private server: Server | null = null;
  private port = 0;

  private constructor(private readonly clients: TestClient[]) {}

  /** Starts on 127.0.0.1 and a free port (or the given one, to come back after `stop`). */
  static async start(options: { clients?: TestClient[] } = {}): Promise<OidcTestProvider> {
    const harness = new OidcTestProvider([TOKEN_CLIENT, ...(options.clients ?? [])]);
    harness.keys = [await newSigningKey()];
    await harness.listen(0);
    return harness;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get issuer(): string {
    return `${this.origin}${REALM_PATH}`;
  }

  /** The key the provider signs with now. */
  get currentKid(): string {
    return this.keys[0].kid;
  }

  addUser(user: Partial<TestUser> & { id: string }): TestUser {
    const complete: TestUser = {
      email: `${user.id}@example.org`,
      givenName: user.id,
      familyName: 'Planner',
      username: user.id,
      roles: [],
      ...user,
    };
    this.users.set(complete.id, complete);
    return complete;
  }

  /** Keycloak's access-token claims for a user, as a starting point for hand-made tokens. */
  claimsOf(userId: string, clientId = TOKEN_CLIENT.clientId): Record<string, unknown> {
    const user = this.users.get(userId);
    if (!user) throw new Error(`unknown test user ${userId}`);
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: this.issuer,
      sub: user.id,
      aud: API_AUDIENCE,
      azp: clientId,
      iat: now,
      exp: now + 300,
      jti: randomUUID(),
      email: user.email,
      given_name: user.givenName,
      family_name: user.familyName,
      preferred_username: user.username,
      realm_access: { roles: user.roles },
    };
  }

  /** Signs claims directly with the provider's current private key (for tokens a flow would not give). */
  async signToken(claims: Record<string, unknown>, header: { kid?: string; alg?: string } = {}): Promise<string> {
    const key = this.keys[0];
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header }).sign(key.privateKey);
  }

  /** Public keys as the JWKS endpoint publishes them. */
  publicJwks(): { keys: JWK[] } {
    return { keys: this.keys.map((key) => key.publicJwk) };
  }

  /** An access token the provider issues to `goat-test-client` through a real authorization code flow. */
  async issueAccessToken(userId: string): Promise<string> {
    const authorization = new URL(`${this.issuer}/auth`);
    authorization.search = new URLSearchParams({
      client_id: TOKEN_CLIENT.clientId,
      response_type: 'code',
      scope: 'openid profile email',
      redirect_uri: TOKEN_CLIENT.redirectUris[0],
      state: randomUUID(),
      nonce: randomUUID(),
    }).toString();
    const callback = await this.authorize(authorization.href, userId);
    const code = callback.searchParams.get('code');
    if (!code) throw new Error(`no code in ${callback.href}`);
    const response = await fetch(`${this.issuer}/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${TOKEN_CLIENT.clientId}:${TOKEN_CLIENT.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: TOKEN_CLIENT.redirectUris[0] }),
    });
    const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
    if (!body.access_token) throw new Error(`token request failed: ${body.error} ${body.error_description}`);
    return body.access_token;
  }

  /**
   * Plays the browser at the provider: follows an authorization URL through login and consent as
   * `userId` and returns the URL the provider finally sends the browser to (the client's callback).
   */
  async authorize(authorizationUrl: string, userId: string): Promise<URL> {
    if (!this.users.has(userId)) throw new Error(`unknown test user ${userId}`);
    const jar = new CookieJar();
    let url = new URL(authorizationUrl);
    for (let hop = 0; hop < 10; hop++) {
      if (url.origin !== this.origin) return url;
      const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(), [LOGIN_HEADER]: userId } });
      jar.store(response);
      const location = response.headers.get('location');
      if (!location) throw new Error(`the provider answered ${response.status} at ${url.pathname}: ${(await response.text()).slice(0, 300)}`);
      url = new URL(location, url);
    }
    throw new Error('too many redirects at the provider');
  }

  /** Follows the end-session redirect as a browser would (confirming the logout) and returns where it ends. */
  async endSession(endSessionUrl: string): Promise<URL> {
    const jar = new CookieJar();
    const first = await fetch(endSessionUrl, { redirect: 'manual' });
    jar.store(first);
    if (first.status !== 200) return new URL(first.headers.get('location') ?? endSessionUrl, endSessionUrl);
    // oidc-provider asks the browser to confirm with a self-submitting form carrying an xsrf token.
    const html = await first.text();
    const action = /action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !xsrf) throw new Error('no logout confirmation form');
    const confirm = await fetch(new URL(action.replace(/&amp;/g, '&'), endSessionUrl), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    return new URL(confirm.headers.get('location') ?? endSessionUrl, endSessionUrl);
  }

  /** A new signing key takes over; the old one stays published (as Keycloak does while rotating). */
  async rotateKeys(options: { dropOld?: boolean } = {}): Promise<void> {
    const fresh = await newSigningKey();
    this.keys = options.dropOld ? [fresh] : [fresh, ...this.keys];
    this.configure();
  }

  /** Stops answering (the provider is "down"); `resume` brings it back on the same port. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async resume(): Promise<void> {
    await this.listen(this.port);
  }

  private async listen(port: number): Promise<void> {
    const app = express();
    app.get('/interaction/:uid', (req, res, next) => {
      this.answerInteraction(req, res, String(req.get(LOGIN_HEADER) ?? '')).catch(next);
    });
    app.use(REALM_PATH, (req, res) => this.handler(req, res));
    const server = createServer(app);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    if (!this.provider) this.configure();
  }

  private configure(): void {
    const users = this.users;
    this.provider = new Provider(this.issuer, {
      clients: this.clients.map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code', 'client_credentials'],
        response_types: ['code'],
        token_endpoint_auth_method: client.tokenEndpointAuthMethod ?? 'client_secret_basic',
      })),
      jwks: { keys: this.keys.map((key) => key.privateJwk) },
      cookies: { keys: ['oidc-test-provider-cookie-key'] },
      adapter: MemoryAdapter,
      ttl: { AccessToken: 300, AuthorizationCode: 60, ClientCredentials: 300, IdToken: 300, Interaction: 600, Session: 3600, Grant: 3600 },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['given_name', 'family_name', 'preferred_username'] },
      findAccount: async (_ctx: unknown, id: string) => {
        const user = users.get(id);
        if (!user) return undefined;
        return {
          accountId: id,
          claims: async () => ({
            sub: id,
            email: user.email,
            email_verified: true,
            given_name: user.givenName,
            family_name: user.familyName,
            preferred_username: user.username,
          }),
        };
      },
      features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        rpInitiatedLogout: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: async () => API_RESOURCE,
          useGrantedResource: async () => true,
          getResourceServerInfo: async () => ({
            scope: 'api',
            audience: API_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 300,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      // Keycloak's claims; oidc-provider itself writes client_id, not azp.
      extraTokenClaims: async (_ctx: unknown, token: { accountId?: string; clientId?: string }) => {
        const user = token.accountId ? users.get(token.accountId) : undefined;
        return {
          azp: token.clientId,
          ...(user
            ? {
                email: user.email,
                email_verified: true,
                given_name: user.givenName,
                family_name: user.familyName,
                preferred_username: user.username,
                realm_access: { roles: user.roles },
              }
            : {}),
        };
      },
      interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      pkce: { required: () => false },
      renderError: async (ctx: { type: string; body: string }, out: Record<string, string>) => {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(out);
      },
    });
    this.handler = this.provider.callback();
  }

  private async answerInteraction(req: IncomingMessage, res: ServerResponse, userId: string): Promise<void> {
    const details = await this.provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      if (!this.users.has(userId)) throw new Error(`interaction without a known ${LOGIN_HEADER}`);
      await this.provider.interactionFinished(req, res, { login: { accountId: userId } }, { mergeWithLastSubmission: false });
      return;
    }
    const grant = details.grantId
      ? await this.provider.Grant.find(details.grantId)
      : new this.provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    const missing = details.prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries((missing.missingResourceScopes ?? {}) as Record<string, string[]>)) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    await this.provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
}
