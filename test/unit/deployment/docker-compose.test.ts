import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../../src/platform/config';

const root = resolve(__dirname, '../../..');
const compose = parse(readFileSync(resolve(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, { environment?: Record<string, string>; depends_on?: Record<string, unknown>; profiles?: string[] }>;
};

/** Resolves `${NAME:-default}` the way compose does when NAME is unset. */
const withDefaults = (value: string): string => String(value).replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml wiring', () => {
  const app = compose.services.app;
  const environment = Object.fromEntries(Object.entries(app.environment ?? {}).map(([name, value]) => [name, withDefaults(value)]));

  it('gives the app a configuration that starts in production', () => {
    const config = loadConfig(environment);
    expect(config.NODE_ENV).toBe('production');
    expect(config.persistence).toBe('postgis');
    expect(config.OIDC_ISSUER_URL).toBe('http://keycloak:8081/realms/goat');
  });

  it('sets every variable the app requires, and every browser sign-in setting', () => {
    for (const name of ['DATABASE_URL', 'OIDC_ISSUER_URL', 'OIDC_AUDIENCE', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL', 'SESSION_SECRET']) {
      expect(environment[name]).toBeTruthy();
    }
  });

  it('names no variable the app does not know (typos would be silently ignored)', () => {
    const known = new Set(CONFIG_VARIABLES);
    expect(Object.keys(environment).filter((name) => !known.has(name))).toEqual([]);
  });

  it('gives Keycloak the issuer the app checks and the same client secrets', () => {
    const keycloak = Object.fromEntries(Object.entries(compose.services.keycloak.environment ?? {}).map(([name, value]) => [name, withDefaults(value)]));
    expect(`${keycloak.KC_HOSTNAME}/realms/goat`).toBe(environment.OIDC_ISSUER_URL);
    expect(keycloak.GOAT_API_CLIENT_SECRET).toBe(environment.OIDC_CLIENT_SECRET);
    expect(keycloak.GOAT_ADMIN_CLIENT_SECRET).toBe(environment.KEYCLOAK_ADMIN_CLIENT_SECRET);
    const realm = readFileSync(resolve(root, 'docker/keycloak/goat-realm.json'), 'utf8');
    for (const placeholder of ['GOAT_API_CLIENT_SECRET', 'GOAT_ADMIN_CLIENT_SECRET', 'GOAT_FRONTEND_URL', 'GOAT_API_URL']) expect(realm).toContain(`\${${placeholder}:`);
  });

  it('points the app at the database and identity provider services it waits for', () => {
    expect(environment.DATABASE_URL).toMatch(/@db:5432\//);
    expect(Object.keys(app.depends_on ?? {})).toEqual(expect.arrayContaining(['db', 'keycloak']));
    expect(compose.services.r5.profiles).toEqual(['r5']);
  });
});
