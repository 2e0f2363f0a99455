import { r5ConfigFromEnv, type R5Config } from '../r5/r5-config';

/** The routing settings of catchment areas, as the platform's validated config names them. */
export interface CatchmentConfig {
  readonly STREET_NETWORK_PBF?: string;
  readonly R5_URL?: string;
  readonly R5_REGION_ID?: string;
  readonly R5_PROJECT_ID?: string;
  readonly R5_BUNDLE_ID?: string;
  readonly R5_WORKER_VERSION?: string;
  readonly R5_AUTHORIZATION?: string;
  readonly R5_TIMEOUT_MS?: number;
  readonly R5_MAX_RETRIES?: number;
  readonly R5_PERCENTILE?: number;
}

/**
 * The r5 connection, or null without R5_URL (public transport then answers 503). Goes through
 * r5ConfigFromEnv so both readers share one rule set: R5_URL without the ids stops the start.
 */
export function r5ConfigOf(config: CatchmentConfig = {}): R5Config | null {
  const text = (value: string | number | undefined) => (value === undefined ? undefined : String(value));
  return r5ConfigFromEnv({
    R5_URL: config.R5_URL,
    R5_REGION_ID: config.R5_REGION_ID,
    R5_PROJECT_ID: config.R5_PROJECT_ID,
    R5_BUNDLE_ID: config.R5_BUNDLE_ID,
    R5_WORKER_VERSION: config.R5_WORKER_VERSION,
    R5_AUTHORIZATION: config.R5_AUTHORIZATION,
    R5_TIMEOUT_MS: text(config.R5_TIMEOUT_MS),
    R5_MAX_RETRIES: text(config.R5_MAX_RETRIES),
    R5_PERCENTILE: text(config.R5_PERCENTILE),
  });
}
