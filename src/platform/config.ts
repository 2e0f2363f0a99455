import { z } from 'zod';

const csv = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter((item) => item.length > 0));

const bool = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const url = (protocols: string[]) =>
  z.url({ protocol: new RegExp(`^(${protocols.join('|')})$`) });

/**
 * Every setting comes from the environment and every one is optional: a default, or absence turns a
 * feature off. A value that is present but wrong stops the start with a message naming it.
 */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).optional(),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  MIGRATE_ON_START: bool.default(true),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(8000),
  CORS_ORIGINS: csv.default([]),
  JSON_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 1mb or 512kb').default('1mb'),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).max(1_000_000).default(120),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  PUBLIC_BASE_URL: url(['http', 'https']).optional(),
  // Identity (issue 3): only OIDC_ISSUER_URL turns token verification on.
  OIDC_ISSUER_URL: url(['http', 'https']).optional(),
  OIDC_AUDIENCE: z.string().min(1).default('goat-api'),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: url(['http', 'https']).optional(),
  SESSION_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  KEYCLOAK_ADMIN_CLIENT_ID: z.string().min(1).optional(),
  KEYCLOAK_ADMIN_CLIENT_SECRET: z.string().min(1).optional(),
  // Routing (issues 7 and 8).
  STREET_NETWORK_PBF: z.string().min(1).optional(),
  R5_URL: url(['http', 'https']).optional(),
  R5_REGION_ID: z.string().min(1).optional(),
  R5_PROJECT_ID: z.string().min(1).optional(),
  R5_BUNDLE_ID: z.string().min(1).optional(),
  R5_WORKER_VERSION: z.string().min(1).default('v7.6'),
  R5_AUTHORIZATION: z.string().min(1).optional(),
  R5_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(55_000),
  R5_MAX_RETRIES: z.coerce.number().int().min(0).max(100).default(10),
  R5_PERCENTILE: z.coerce.number().int().min(1).max(99).default(50),
  // Workspace (issue 5): uploads and durable jobs.
  UPLOAD_DIR: z.string().min(1).optional(),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(10_000).default(300),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(10).max(86_400).default(3600),
  JOB_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  JOB_STALE_AFTER_SECONDS: z.coerce.number().int().min(5).max(86_400).default(120),
  JOB_WORKERS_AT_START: bool.optional(),
  JOB_QUEUE_NAME: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'letters, digits, _ . -').default('spatial-analysis-jobs'),
});

export type Environment = z.output<typeof environmentSchema>;

/** Every variable the server reads (documented in README's configuration table). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

export interface AppConfig extends Environment {
  /** Where the server listens: loopback only while requests run as the development user. */
  readonly listenHost: string;
  readonly persistence: 'postgis' | 'memory';
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable counts as unset, as docker-compose and shells often pass them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (values.NODE_ENV === 'production' && !values.OIDC_ISSUER_URL) {
    problems.push('OIDC_ISSUER_URL: required when NODE_ENV=production (the development user must never serve real traffic)');
  }
  if (values.NODE_ENV === 'production' && values.OIDC_CLIENT_ID && !values.SESSION_SECRET) {
    problems.push('SESSION_SECRET: required in production when browser sign-in is configured (OIDC_CLIENT_ID)');
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  const developmentIdentity = !values.OIDC_ISSUER_URL;
  return {
    ...values,
    listenHost: developmentIdentity ? '127.0.0.1' : (values.HOST ?? '0.0.0.0'),
    persistence: values.DATABASE_URL ? 'postgis' : 'memory',
  };
}
