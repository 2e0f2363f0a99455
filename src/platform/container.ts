import type { MikroORM } from '@mikro-orm/core';
import { container as rootContainer, type DependencyContainer } from 'tsyringe';
import { CLOCK, systemClock } from '../shared-kernel/clock';
import type { ContextOptions } from '../shared-kernel/context-registration';
import { EVENT_BUS } from '../shared-kernel/event-bus.port';
import { READINESS_CHECK } from '../shared-kernel/readiness';
import { authorizationEntities, IdentityProviderInviteeDirectory, INVITEE_DIRECTORY, registerAuthorization } from '../contexts/authorization';
import { IDENTITY_PROVIDER_ADMIN, identityEntities, registerIdentity, type IdentityProviderAdmin } from '../contexts/identity';
import { registerSpatialAnalysis, spatialAnalysisEntities } from '../contexts/spatial-analysis';
import type { AppConfig } from './config';
import { InProcessEventBus } from './events/in-process-event-bus';
import type { Logger } from './logger';
import { createOrm } from './persistence/orm';

export const ORM: unique symbol = Symbol('MikroORM');
export const LOGGER: unique symbol = Symbol('Logger');
export const CONFIG: unique symbol = Symbol('AppConfig');

/** Lets a test replace bindings after every context has registered its own. */
export type ContainerOverrides = (container: DependencyContainer) => void;

/**
 * A fresh container per app instance (never the global one): platform services first, then each
 * context binds its tokens with the persistence the configuration chose.
 */
export function createContainer(config: AppConfig, logger: Logger, overrides?: ContainerOverrides): DependencyContainer {
  const container = rootContainer.createChildContainer();
  container.register(CONFIG, { useValue: config });
  container.register(LOGGER, { useValue: logger });
  container.register(CLOCK, { useValue: systemClock });
  container.register(EVENT_BUS, { useValue: new InProcessEventBus() });

  let orm: MikroORM | null = null;
  if (config.persistence === 'postgis' && config.DATABASE_URL) {
    orm = createOrm({
      databaseUrl: config.DATABASE_URL,
      poolMax: config.DATABASE_POOL_MAX,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      entities: [...identityEntities, ...authorizationEntities, ...spatialAnalysisEntities],
      onDriverWarning: (message) => logger.warn({ driver: 'knex' }, message),
    });
    const connectedOrm = orm;
    container.register(READINESS_CHECK, {
      useValue: { name: 'database', check: async () => void (await connectedOrm.em.getConnection().execute('SELECT 1')) },
    });
  }
  if (orm) container.register(ORM, { useValue: orm });

  const options: ContextOptions = { persistence: config.persistence, em: orm?.em };
  registerIdentity(container, { ...options, config, log: logger });
  registerAuthorization(container, options);
  registerSpatialAnalysis(container, { ...options, config, log: logger });
  // Authorization may not import identity at run time (load cycle): invitees get accounts through identity's admin here.
  container.register(INVITEE_DIRECTORY, { useFactory: (c) => new IdentityProviderInviteeDirectory(() => c.resolve<IdentityProviderAdmin>(IDENTITY_PROVIDER_ADMIN)) });
  overrides?.(container);
  return container;
}
