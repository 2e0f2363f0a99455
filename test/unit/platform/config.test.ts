import { ConfigurationError, loadConfig } from '../../../src/platform/config';

describe('configuration from the environment', () => {
  it('starts with nothing set: embedded default, port 8080, loopback only', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 8080, LOG_LEVEL: 'info', MIGRATE_ON_START: true, persistence: 'memory', listenHost: '127.0.0.1', CORS_ORIGINS: [] });
  });

  it('chooses PostGIS when DATABASE_URL is set and treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/goat' }).persistence).toBe('postgis');
    expect(loadConfig({ DATABASE_URL: '' }).persistence).toBe('memory');
  });

  it('listens on every interface only once a real identity provider is configured', () => {
    expect(loadConfig({ OIDC_ISSUER_URL: 'https://auth.example.org/realms/goat' }).listenHost).toBe('0.0.0.0');
  });

  it('splits CORS origins and parses booleans', () => {
    const config = loadConfig({ CORS_ORIGINS: 'https://a.example.org, https://b.example.org,', MIGRATE_ON_START: 'false' });
    expect(config.CORS_ORIGINS).toEqual(['https://a.example.org', 'https://b.example.org']);
    expect(config.MIGRATE_ON_START).toBe(false);
  });

  it('stops on a present but invalid value, naming every bad variable', () => {
    try {
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(message).toContain(name);
    }
  });

  it('refuses production without an identity provider', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER_URL/);
  });
});
