import type { EntityManager } from '@mikro-orm/core';

/** What the platform hands each context's `register…` function. */
export interface ContextOptions {
  readonly persistence: 'postgis' | 'memory';
  /** Present when persistence is PostGIS; contexts fork it per unit of work. */
  readonly em?: EntityManager;
}

export function requireEntityManager(options: ContextOptions): EntityManager {
  if (!options.em) throw new Error('PostGIS persistence was chosen but no entity manager was given');
  return options.em;
}
