import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Client {
  clientId: string;
  publicClient: boolean;
  secret?: string;
  serviceAccountsEnabled?: boolean;
  standardFlowEnabled?: boolean;
  attributes?: Record<string, string>;
  protocolMappers?: { protocolMapper: string; config: Record<string, string> }[];
}

const realm = JSON.parse(readFileSync(join(__dirname, '../../../../docker/keycloak/goat-realm.json'), 'utf8')) as {
  realm: string;
  roles: { realm: { name: string }[] };
  clients: Client[];
  users: { username: string; serviceAccountClientId?: string; clientRoles?: Record<string, string[]>; realmRoles?: string[] }[];
};
const client = (id: string) => realm.clients.find((candidate) => candidate.clientId === id)!;
const putsApiInAccessTokens = (c: Client) =>
  (c.protocolMappers ?? []).some(
    (mapper) => mapper.protocolMapper === 'oidc-audience-mapper' && mapper.config['included.client.audience'] === 'goat-api' && mapper.config['access.token.claim'] === 'true',
  );

describe('the Keycloak realm export (docker/keycloak)', () => {
  it('is realm goat with the superuser realm role', () => {
    expect(realm.realm).toBe('goat');
    expect(realm.roles.realm.map((role) => role.name)).toContain('superuser');
  });

  it('has a public frontend client with PKCE whose access tokens name goat-api as audience', () => {
    const frontend = client('goat-frontend');
    expect(frontend).toMatchObject({ publicClient: true, standardFlowEnabled: true });
    expect(frontend.attributes?.['pkce.code.challenge.method']).toBe('S256');
    expect(putsApiInAccessTokens(frontend)).toBe(true);
  });

  it('has a confidential API client for browser sign-in and a service account for administration', () => {
    expect(client('goat-api')).toMatchObject({ publicClient: false, standardFlowEnabled: true, secret: expect.any(String) });
    expect(putsApiInAccessTokens(client('goat-api'))).toBe(true);
    expect(client('goat-admin')).toMatchObject({ publicClient: false, serviceAccountsEnabled: true, standardFlowEnabled: false });
    const serviceAccount = realm.users.find((user) => user.serviceAccountClientId === 'goat-admin');
    expect(serviceAccount?.clientRoles?.['realm-management']).toEqual(expect.arrayContaining(['view-users', 'manage-users']));
  });

  it('matches the client ids docker-compose gives the app', () => {
    const compose = readFileSync(join(__dirname, '../../../../docker-compose.yml'), 'utf8');
    expect(compose).toMatch(/OIDC_CLIENT_ID: goat-api/);
    expect(compose).toMatch(/KEYCLOAK_ADMIN_CLIENT_ID: goat-admin/);
    expect(compose).toMatch(/OIDC_ISSUER_URL: .*\/realms\/goat/);
    expect(compose).toMatch(/docker\/keycloak:\/opt\/keycloak\/data\/import/);
  });
});
