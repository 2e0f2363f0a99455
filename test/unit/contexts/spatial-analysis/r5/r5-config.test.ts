import { r5ConfigFromEnv } from '../../../../../src/contexts/spatial-analysis/adapters/r5/r5-config';

describe('r5ConfigFromEnv', () => {
  const env = { R5_URL: 'http://r5:7070/', R5_REGION_ID: 'reg', R5_BUNDLE_ID: 'bun', R5_WORKER_VERSION: 'v7.6' };

  it('is null without R5_URL, so public transport is unavailable', () => {
    expect(r5ConfigFromEnv({})).toBeNull();
    expect(r5ConfigFromEnv({ R5_URL: '  ' })).toBeNull();
  });

  it('reads the ids, defaults the project to the region as GOAT does and trims the URL', () => {
    expect(r5ConfigFromEnv(env)).toEqual({
      url: 'http://r5:7070',
      regionId: 'reg',
      projectId: 'reg',
      bundleId: 'bun',
      workerVersion: 'v7.6',
      authorization: undefined,
      timeoutMs: undefined,
      maxRetries: undefined,
      percentile: undefined,
    });
  });

  it('reads the optional settings', () => {
    const config = r5ConfigFromEnv({ ...env, R5_PROJECT_ID: 'pro', R5_AUTHORIZATION: 'Bearer x', R5_TIMEOUT_MS: '30000', R5_MAX_RETRIES: '5', R5_PERCENTILE: '5' });
    expect(config).toMatchObject({ projectId: 'pro', authorization: 'Bearer x', timeoutMs: 30_000, maxRetries: 5, percentile: 5 });
  });

  it('fails loudly when R5_URL is set without the ids or with a bad number', () => {
    expect(() => r5ConfigFromEnv({ R5_URL: 'http://r5' })).toThrow('R5_REGION_ID, R5_BUNDLE_ID, R5_WORKER_VERSION are missing');
    expect(() => r5ConfigFromEnv({ ...env, R5_TIMEOUT_MS: 'soon' })).toThrow('R5_TIMEOUT_MS');
  });
});
