import { UpstreamFailureError } from '../../../../shared-kernel/infrastructure-errors';
import type { Clock } from '../../../../shared-kernel/clock';
import type { IdentityProviderAdmin, NewProviderAccount, ProviderAccount } from '../../ports/identity-provider-admin.port';
import { keycloakLocation, type KeycloakAdminSettings } from './keycloak-admin-settings';

const TIMEOUT_MS = 10_000;
// Renew the service-account token this long before Keycloak says it expires.
const EXPIRY_MARGIN_MS = 10_000;

interface KeycloakUser {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
}

const toAccount = (user: KeycloakUser): ProviderAccount => ({
  id: user.id,
  email: (user.email ?? '').toLowerCase(),
  firstname: user.firstName ?? null,
  lastname: user.lastName ?? null,
});

const adminFailure = (what: string, status?: number): UpstreamFailureError =>
  new UpstreamFailureError('identity.provider-admin-failed', 'The identity provider did not complete an account change; try again later.', {
    operation: what,
    ...(status ? { upstreamStatus: status } : {}),
  });

/**
 * Keycloak's Admin REST API with a client-credentials token of a service-account client (needs the
 * realm-management roles view-users and manage-users).
 */
export class KeycloakIdentityProviderAdmin implements IdentityProviderAdmin {
  private readonly adminBase: string;
  private readonly tokenUrl: string;
  private token: { value: string; expiresAt: number } | null = null;

  constructor(
    private readonly settings: KeycloakAdminSettings,
    private readonly clock: Clock,
  ) {
    const { baseUrl, realm } = keycloakLocation(settings.issuerUrl);
    this.adminBase = `${baseUrl}/admin/realms/${encodeURIComponent(realm)}`;
    this.tokenUrl = `${settings.issuerUrl.replace(/\/$/, '')}/protocol/openid-connect/token`;
  }

  async findByEmail(email: string): Promise<ProviderAccount | null> {
    const response = await this.call('find-user', 'GET', `/users?email=${encodeURIComponent(email)}&exact=true`);
    if (!response.ok) throw adminFailure('find-user', response.status);
    const users = (await response.json()) as KeycloakUser[];
    const wanted = email.toLowerCase();
    const user = users.find((candidate) => candidate.email?.toLowerCase() === wanted);
    return user ? toAccount(user) : null;
  }

  async createWithInvitation(account: NewProviderAccount): Promise<ProviderAccount> {
    const created = await this.call('create-user', 'POST', '/users', {
      email: account.email,
      username: account.email,
      firstName: account.firstname,
      lastName: account.lastname,
      enabled: true,
      emailVerified: false,
    });
    let id: string;
    if (created.status === 201) {
      const location = created.headers.get('location') ?? '';
      id = decodeURIComponent(location.replace(/\/$/, '').split('/').pop() ?? '');
      if (!id) throw adminFailure('create-user');
    } else if (created.status === 409) {
      // Already there (an earlier invitation, or the person signed up): invite that account.
      const existing = await this.findByEmail(account.email);
      if (!existing) throw adminFailure('create-user', 409);
      id = existing.id;
    } else {
      throw adminFailure('create-user', created.status);
    }
    const query = new URLSearchParams({ lifespan: String(7 * 24 * 3600) });
    if (account.redirectUrl) {
      query.set('redirect_uri', account.redirectUrl);
      query.set('client_id', this.settings.clientId);
    }
    const invited = await this.call('send-invitation', 'PUT', `/users/${encodeURIComponent(id)}/execute-actions-email?${query}`, [
      'UPDATE_PASSWORD',
      'VERIFY_EMAIL',
    ]);
    if (!invited.ok) throw adminFailure('send-invitation', invited.status);
    return { id, email: account.email.toLowerCase(), firstname: account.firstname ?? null, lastname: account.lastname ?? null };
  }

  async delete(id: string): Promise<void> {
    const response = await this.call('delete-user', 'DELETE', `/users/${encodeURIComponent(id)}`);
    if (!response.ok && response.status !== 404) throw adminFailure('delete-user', response.status);
  }

  /** One admin call; a 401 (token revoked early) is retried once with a fresh token. */
  private async call(operation: string, method: string, path: string, body?: unknown): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.accessToken();
      let response: Response;
      try {
        response = await fetch(`${this.adminBase}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
          body: body !== undefined ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch {
        throw adminFailure(operation);
      }
      if (response.status !== 401 || attempt > 1) return response;
      this.token = null;
    }
  }

  private async accessToken(): Promise<string> {
    const now = this.clock.now().getTime();
    if (this.token && this.token.expiresAt - EXPIRY_MARGIN_MS > now) return this.token.value;
    let response: Response;
    try {
      response = await fetch(this.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.settings.clientId, client_secret: this.settings.clientSecret }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw adminFailure('token');
    }
    if (!response.ok) throw adminFailure('token', response.status);
    const body = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!body.access_token) throw adminFailure('token');
    this.token = { value: body.access_token, expiresAt: now + (body.expires_in ?? 60) * 1000 };
    return this.token.value;
  }
}
