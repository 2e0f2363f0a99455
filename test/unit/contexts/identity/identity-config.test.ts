import { ConfigurationError, loadConfig } from '../../../../src/platform/config';

describe('identity configuration', () => {
  const production = { NODE_ENV: 'production', OIDC_ISSUER_URL: 'https://auth.example.org/realms/goat' };

  it('refuses production without an issuer (no development user in production)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigurationError);
  });

  it('refuses production browser sign-in without a session secret', () => {
    expect(() => loadConfig({ ...production, OIDC_CLIENT_ID: 'goat-api' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ ...production, OIDC_CLIENT_ID: 'goat-api', SESSION_SECRET: 'x'.repeat(32) }).OIDC_CLIENT_ID).toBe('goat-api');
  });

  it('defaults the audience to goat-api and listens on loopback only without an issuer', () => {
    expect(loadConfig({}).OIDC_AUDIENCE).toBe('goat-api');
    expect(loadConfig({}).listenHost).toBe('127.0.0.1');
    expect(loadConfig(production).listenHost).toBe('0.0.0.0');
  });
});
