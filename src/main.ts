import 'reflect-metadata';
import { buildApp } from './platform/app';
import { ConfigurationError, loadConfig } from './platform/config';
import { createLogger } from './platform/logger';
import { startServer } from './platform/server';

const MIGRATION_ATTEMPTS = 30;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = buildApp(config, undefined, logger);

  if (config.persistence === 'postgis' && config.MIGRATE_ON_START) {
    // PostgreSQL may still be starting beside us (compose, k8s): wait for it a while, then give up.
    for (let attempt = 1; ; attempt++) {
      try {
        const applied = await app.migrate();
        logger.info({ applied }, applied.length ? 'migrations applied' : 'database schema up to date');
        break;
      } catch (error) {
        if (attempt >= MIGRATION_ATTEMPTS) {
          logger.fatal({ err: error }, 'could not apply migrations; stopping');
          process.exit(1);
        }
        logger.warn({ attempt, err: (error as Error).message }, 'database not ready for migrations; retrying in 2 s');
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
  }

  const running = await startServer(app);
  if (!config.OIDC_ISSUER_URL) {
    logger.warn(
      '*** DEVELOPMENT IDENTITY: no OIDC_ISSUER_URL is set, so every request acts as one development user. ' +
        'Listening on 127.0.0.1 only. Set OIDC_ISSUER_URL to serve real users. ***',
    );
  }
  logger.info({ url: running.url, persistence: config.persistence }, 'server listening');

  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    running
      .shutdown()
      .then(() => {
        logger.info('shut down cleanly');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('The server could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
