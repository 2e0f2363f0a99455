import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import express, { type Application as Express } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { InversifyExpressServer } from 'inversify-express-utils';
import type { DependencyContainer } from 'tsyringe';
import { READINESS_CHECK, type ReadinessCheck } from '../shared-kernel/readiness';
import { SHUTDOWN_HOOK, type ShutdownHook } from '../shared-kernel/shutdown';
import { AUTHENTICATOR, identityHttp, identityWebSignIn, type Authenticator } from '../contexts/identity';
import { authorizationHttp } from '../contexts/authorization';
import { spatialAnalysisHttp } from '../contexts/spatial-analysis';
import type { AppConfig } from './config';
import { createContainer, ORM, type ContainerOverrides } from './container';
import { serveApiDocs } from './http/api-docs';
import { authentication } from './http/authentication';
import { bodyParsing } from './http/body-parsing';
import { errorMiddleware, notFoundHandler } from './http/error-middleware';
import { liveness, readiness } from './http/health';
import { controllerContainerFor } from './http/inversify-bridge';
import { createMetrics } from './http/metrics';
import { limitExpensiveOperations } from './http/rate-limiting';
import { requestTracing } from './http/request-tracing';
import { createLogger, type Logger } from './logger';
import { applyPendingMigrations } from './persistence/migrate';
import { backgroundJobs } from './jobs/background-jobs';

export interface App {
  readonly express: Express;
  readonly container: DependencyContainer;
  readonly config: AppConfig;
  readonly logger: Logger;
  /** Applies pending migrations (PostGIS only); `main` calls it unless MIGRATE_ON_START=false. */
  migrate(): Promise<string[]>;
  /** Releases the database pool and other resources; the HTTP server is closed by its owner. */
  close(): Promise<void>;
}

const contextsHttp = [identityHttp, authorizationHttp, spatialAnalysisHttp];
const VERSION = process.env.npm_package_version ?? '0.1.0';

/** Composes one app instance: its own container, its own metrics, its own ORM. */
export function buildApp(config: AppConfig, overrides?: ContainerOverrides, logger: Logger = createLogger(config.LOG_LEVEL)): App {
  const container = createContainer(config, logger, overrides);
  const operations = contextsHttp.flatMap((context) => context.operations);
  const metrics = createMetrics();
  const controllers = controllerContainerFor(container, contextsHttp.flatMap((context) => context.tokens));

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  const server = new InversifyExpressServer(controllers, null, { rootPath: '' }, app);
  server.setConfig((pipeline) => {
    pipeline.use(requestTracing(logger));
    pipeline.use(metrics.record);
    pipeline.use(helmet());
    pipeline.use(cors({ origin: config.CORS_ORIGINS, credentials: true, exposedHeaders: ['X-Request-Id', 'Retry-After', 'ETag'] }));
    pipeline.get(['/healthz', '/api/healthz'], liveness);
    pipeline.get('/readyz', readiness(() => (container.isRegistered(READINESS_CHECK, true) ? container.resolveAll<ReadinessCheck>(READINESS_CHECK) : [])));
    pipeline.get('/metrics', metrics.serve);
    serveApiDocs(pipeline, operations, VERSION);
    // Browser sign-in (when configured): its session backs /api calls made without a Bearer token.
    const webSignIn = identityWebSignIn(container);
    if (webSignIn) pipeline.use(...webSignIn.middleware, webSignIn.routes);
    pipeline.use(bodyParsing(config.JSON_BODY_LIMIT));
    pipeline.use('/api', authentication(container.resolve<Authenticator>(AUTHENTICATOR), operations));
    limitExpensiveOperations(pipeline, operations, { windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS, max: config.RATE_LIMIT_MAX });
  });
  server.setErrorConfig((pipeline) => {
    pipeline.use(notFoundHandler);
    pipeline.use(errorMiddleware(logger));
  });
  const built = server.build();
  const jobs = backgroundJobs(container, config, logger);

  const orm = container.isRegistered(ORM) ? container.resolve<MikroORM>(ORM) : null;
  return {
    express: built,
    container,
    config,
    logger,
    migrate: async () => (orm && config.DATABASE_URL ? applyPendingMigrations(orm, config.DATABASE_URL) : []),
    close: async () => {
      await jobs.stop();
      // What contexts started (worker threads…) stops before the pool it may still be using.
      const hooks = container.isRegistered(SHUTDOWN_HOOK, true) ? container.resolveAll<ShutdownHook>(SHUTDOWN_HOOK) : [];
      for (const hook of hooks) await hook.close().catch((error: unknown) => logger.warn({ err: error, hook: hook.name }, 'a shutdown hook failed'));
      await orm?.close(true);
    },
  };
}
