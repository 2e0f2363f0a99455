import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface StoredUser {
  id: string;
  username: string;
  email: string;
  firstName?: string;
  lastName?: string;
  enabled: boolean;
}

const body = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
  });

/**
 * A local HTTP server answering as Keycloak's Admin REST API documents it: the realm's token endpoint
 * (client_credentials), GET/POST /admin/realms/{realm}/users, PUT .../execute-actions-email, DELETE.
 */
export class FakeKeycloakAdmin {
  readonly users = new Map<string, StoredUser>();
  readonly actionEmails: { userId: string; actions: string[]; query: Record<string, string> }[] = [];
  readonly requests: string[] = [];
  tokensIssued = 0;
  private server!: Server;
  private readonly validTokens = new Set<string>();

  constructor(
    private readonly realm: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  get issuer(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/realms/${this.realm}`;
  }

  /** Makes every issued token invalid, as when Keycloak revokes them early. */
  revokeTokens(): void {
    this.validTokens.clear();
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req)
        .then(({ status, json, headers }) => {
          res.writeHead(status, { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers });
          res.end(json !== undefined ? JSON.stringify(json) : undefined);
        })
        .catch(() => {
          res.writeHead(500);
          res.end();
        });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; json?: unknown; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    this.requests.push(`${req.method} ${url.pathname}`);
    if (req.method === 'POST' && url.pathname === `/realms/${this.realm}/protocol/openid-connect/token`) {
      const form = new URLSearchParams(await body(req));
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== this.clientId || form.get('client_secret') !== this.clientSecret) {
        return { status: 401, json: { error: 'unauthorized_client' } };
      }
      const token = randomUUID();
      this.validTokens.add(token);
      this.tokensIssued++;
      return { status: 200, json: { access_token: token, expires_in: 300, token_type: 'Bearer' } };
    }
    const admin = `/admin/realms/${this.realm}/users`;
    if (!url.pathname.startsWith(admin)) return { status: 404 };
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!this.validTokens.has(token)) return { status: 401, json: { error: 'HTTP 401 Unauthorized' } };
    const rest = url.pathname.slice(admin.length).split('/').filter(Boolean);
    if (req.method === 'GET' && rest.length === 0) {
      const email = url.searchParams.get('email') ?? '';
      const exact = url.searchParams.get('exact') === 'true';
      return { status: 200, json: [...this.users.values()].filter((user) => (exact ? user.email === email.toLowerCase() : user.email.includes(email.toLowerCase()))) };
    }
    if (req.method === 'POST' && rest.length === 0) {
      const user = JSON.parse(await body(req)) as StoredUser;
      if ([...this.users.values()].some((other) => other.email === user.email.toLowerCase())) {
        return { status: 409, json: { errorMessage: 'User exists with same email' } };
      }
      const id = randomUUID();
      this.users.set(id, { ...user, id, email: user.email.toLowerCase() });
      return { status: 201, headers: { location: `${this.issuer.replace(`/realms/${this.realm}`, '')}${admin}/${id}` } };
    }
    const user = this.users.get(rest[0]);
    if (!user) return { status: 404, json: { error: 'User not found' } };
    if (req.method === 'PUT' && rest[1] === 'execute-actions-email') {
      this.actionEmails.push({ userId: user.id, actions: JSON.parse(await body(req)), query: Object.fromEntries(url.searchParams) });
      return { status: 204 };
    }
    if (req.method === 'DELETE' && rest.length === 1) {
      this.users.delete(user.id);
      return { status: 204 };
    }
    return { status: 405 };
  }
}
