import { KeycloakIdentityProviderAdmin } from '../../../../src/contexts/identity/adapters/keycloak/keycloak-identity-provider-admin';
import { systemClock } from '../../../../src/shared-kernel/clock';
import { DomainError } from '../../../../src/shared-kernel/domain-error';
import { describeUserAccountAdminContract } from '../../../support/contracts/user-account-admin.contract';
import { FakeKeycloakAdmin } from './fake-keycloak-admin';

describe('Keycloak Admin REST adapter', () => {
  let keycloak: FakeKeycloakAdmin;
  let admin: KeycloakIdentityProviderAdmin;

  beforeEach(async () => {
    keycloak = new FakeKeycloakAdmin('goat', 'goat-admin', 'admin-secret');
    await keycloak.start();
    admin = new KeycloakIdentityProviderAdmin({ issuerUrl: keycloak.issuer, clientId: 'goat-admin', clientSecret: 'admin-secret' }, systemClock);
  });
  afterEach(() => keycloak.stop());

  it('creates an account and sends the invitation e-mail with its actions', async () => {
    const created = await admin.createWithInvitation({ email: 'New.Planner@Example.org', firstname: 'Nina', redirectUrl: 'https://goat.example.org/' });
    expect(keycloak.users.get(created.id)).toMatchObject({ email: 'new.planner@example.org', firstName: 'Nina', enabled: true });
    expect(keycloak.actionEmails).toEqual([
      { userId: created.id, actions: ['UPDATE_PASSWORD', 'VERIFY_EMAIL'], query: expect.objectContaining({ redirect_uri: 'https://goat.example.org/', client_id: 'goat-admin' }) },
    ]);
  });

  it('invites an existing account instead of failing on 409', async () => {
    const first = await admin.createWithInvitation({ email: 'twice@example.org' });
    const second = await admin.createWithInvitation({ email: 'twice@example.org' });
    expect(second.id).toBe(first.id);
    expect(keycloak.actionEmails).toHaveLength(2);
  });

  it('reuses its service-account token and renews it when Keycloak refuses it', async () => {
    await admin.findByEmail('a@example.org');
    await admin.findByEmail('b@example.org');
    expect(keycloak.tokensIssued).toBe(1);
    keycloak.revokeTokens();
    expect(await admin.findByEmail('c@example.org')).toBeNull();
    expect(keycloak.tokensIssued).toBe(2);
  });

  it('reports wrong client credentials as an upstream failure', async () => {
    const wrong = new KeycloakIdentityProviderAdmin({ issuerUrl: keycloak.issuer, clientId: 'goat-admin', clientSecret: 'nope' }, systemClock);
    const error = await wrong.findByEmail('a@example.org').catch((caught: DomainError) => caught);
    expect(error).toMatchObject({ code: 'identity.provider-admin-failed', kind: 'upstream-failure' });
  });

  it('reports an unreachable Keycloak as an upstream failure', async () => {
    await keycloak.stop();
    const error = await admin.delete('anyone').catch((caught: DomainError) => caught);
    expect(error).toMatchObject({ code: 'identity.provider-admin-failed' });
    await keycloak.start();
  });
});

describe('Keycloak Admin REST against the contract', () => {
  const keycloak = new FakeKeycloakAdmin('goat', 'goat-admin', 'admin-secret');
  afterAll(() => keycloak.stop());
  describeUserAccountAdminContract('Keycloak Admin REST (local Keycloak stand-in)', async () => {
    await keycloak.start();
    return new KeycloakIdentityProviderAdmin({ issuerUrl: keycloak.issuer, clientId: 'goat-admin', clientSecret: 'admin-secret' }, systemClock);
  });
});
