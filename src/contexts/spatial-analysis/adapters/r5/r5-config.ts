/** Where and how to reach an r5 backend (`POST {url}/api/analysis`). */
export interface R5Config {
  readonly url: string;
  readonly regionId: string;
  readonly projectId: string;
  readonly bundleId: string;
  /** Pin it: r5 has no stable interface across versions. */
  readonly workerVersion: string;
  /** Sent verbatim as the `Authorization` header when set. */
  readonly authorization?: string;
  /** Total time for one origin, retries included (r5's own broker→worker timeout is 55 s). */
  readonly timeoutMs?: number;
  /** How many times a 202 ("worker starting, try again") is retried. */
  readonly maxRetries?: number;
  /** The one percentile of travel time asked for; 50 = median over the departure window. */
  readonly percentile?: number;
  /** Origins queried at once when a catchment has several starting points. */
  readonly concurrency?: number;
}

export const R5_DEFAULTS = { timeoutMs: 55_000, maxRetries: 10, percentile: 50, concurrency: 4 } as const;

const positiveInt = (raw: string | undefined, name: string): number | undefined => {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative whole number, got "${raw}".`);
  return value;
};

/**
 * Reads R5_URL, R5_REGION_ID, R5_PROJECT_ID (defaults to the region id, as GOAT does), R5_BUNDLE_ID,
 * R5_WORKER_VERSION, R5_AUTHORIZATION, R5_TIMEOUT_MS, R5_MAX_RETRIES, R5_PERCENTILE. Null without
 * R5_URL (public transport is then unavailable); throws when R5_URL is set but the ids are missing.
 */
export function r5ConfigFromEnv(env: Record<string, string | undefined>): R5Config | null {
  const url = env.R5_URL?.trim();
  if (!url) return null;
  const missing = ['R5_REGION_ID', 'R5_BUNDLE_ID', 'R5_WORKER_VERSION'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`R5_URL is set but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.`);
  return {
    url: url.replace(/\/+$/, ''),
    regionId: env.R5_REGION_ID!,
    projectId: env.R5_PROJECT_ID || env.R5_REGION_ID!,
    bundleId: env.R5_BUNDLE_ID!,
    workerVersion: env.R5_WORKER_VERSION!,
    authorization: env.R5_AUTHORIZATION || undefined,
    timeoutMs: positiveInt(env.R5_TIMEOUT_MS, 'R5_TIMEOUT_MS'),
    maxRetries: positiveInt(env.R5_MAX_RETRIES, 'R5_MAX_RETRIES'),
    percentile: positiveInt(env.R5_PERCENTILE, 'R5_PERCENTILE'),
  };
}
