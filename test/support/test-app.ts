import 'reflect-metadata';
import type { DependencyContainer } from 'tsyringe';
import { AUTHENTICATOR, type Authenticator } from '../../src/contexts/identity';
import { DomainError } from '../../src/shared-kernel/domain-error';
import type { Principal } from '../../src/shared-kernel/principal';
import { buildApp, type App } from '../../src/platform/app';
import { loadConfig } from '../../src/platform/config';
import { testDatabaseUrl } from './test-database';

export interface TestAppOptions {
  /** PostGIS persistence on the test database instead of the in-memory adapters. */
  readonly database?: boolean;
  readonly env?: Record<string, string>;
  readonly overrides?: (container: DependencyContainer) => void;
  /** Replace authentication with `Authorization: Bearer test-user:<id>` tokens (see userToken). */
  readonly testUsers?: boolean;
}

export const principalFor = (id: string, roles: string[] = []): Principal => ({
  id,
  email: `${id}@example.org`,
  givenName: id,
  familyName: 'Tester',
  username: id,
  realmRoles: roles,
});

/** A stand-in for token verification in HTTP tests that are not about identity itself. */
export class TestUsersAuthenticator implements Authenticator {
  async authenticate(credentials: { authorization?: string }): Promise<Principal> {
    const match = /^Bearer test-user:([A-Za-z0-9_-]+)(?::([a-z,]+))?$/.exec(credentials.authorization ?? '');
    if (!match) throw new DomainError('identity.unauthenticated', 'unauthenticated', 'Authentication is required.');
    return principalFor(match[1], match[2]?.split(',') ?? []);
  }
}

export const userToken = (id: string, roles: string[] = []): string => `Bearer test-user:${id}${roles.length ? `:${roles.join(',')}` : ''}`;

export function buildTestApp(options: TestAppOptions = {}): App {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    PORT: '0',
    ...(options.database ? { DATABASE_URL: testDatabaseUrl() } : {}),
    ...options.env,
  });
  return buildApp(config, (container) => {
    if (options.testUsers) container.register(AUTHENTICATOR, { useValue: new TestUsersAuthenticator() });
    options.overrides?.(container);
  });
}
