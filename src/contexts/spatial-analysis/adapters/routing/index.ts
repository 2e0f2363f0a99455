import { DomainError } from '../../../../shared-kernel/domain-error';
import type { StreetNetwork } from '../../domain/routing/street-network';
import type { CalculatorOptions } from '../../domain/routing/travel-time-calculator';
import { ImportStreetNetworkUseCase } from '../../application/routing/import-street-network.use-case';
import type { TravelTimeEngine } from '../../ports/routing/travel-time-engine.port';
import { BuiltInTravelTimeEngine } from './built-in-travel-time-engine';
import { OsmiumOsmStreetSource } from './osmium-osm-street-source';
import { WorkerPoolTravelTimeEngine } from './worker-pool-travel-time-engine';

export { BuiltInTravelTimeEngine } from './built-in-travel-time-engine';
export { WorkerPoolTravelTimeEngine } from './worker-pool-travel-time-engine';
export { OsmiumOsmStreetSource } from './osmium-osm-street-source';
export { PostgisStreetNetworkRepository } from './postgis-street-network-repository';

export interface BuiltInTravelTimeEngineOptions {
  /** OSM file to build the network from (config STREET_NETWORK_PBF). */
  readonly pbfPath?: string;
  /** An already built network (tests). */
  readonly network?: StreetNetwork;
  /** Worker threads; 0 computes in the calling thread. Default: a pool when running compiled JS. */
  readonly workers?: number;
  readonly workerScript?: string;
  readonly calculator?: CalculatorOptions;
}

export interface BuiltInTravelTimeEngineHandle {
  readonly engine: TravelTimeEngine;
  readonly network: StreetNetwork;
  close(): Promise<void>;
}

/** Reads and builds a network from an OSM file; a bad file throws its DomainError (fail at start). */
export async function loadStreetNetworkFromPbf(pbfPath: string): Promise<StreetNetwork> {
  const imported = await new ImportStreetNetworkUseCase(new OsmiumOsmStreetSource(), null).execute({ filePath: pbfPath });
  if (!imported.ok) throw imported.error;
  return imported.value.network;
}

/**
 * Composition entry for the built-in engine, bound to TRAVEL_TIME_ENGINE: loads the network once
 * and serves it from a worker pool (compiled JS) or in-thread (ts-jest, `workers: 0`).
 */
export async function createBuiltInTravelTimeEngine(options: BuiltInTravelTimeEngineOptions): Promise<BuiltInTravelTimeEngineHandle> {
  const network = options.network ?? (options.pbfPath !== undefined ? await loadStreetNetworkFromPbf(options.pbfPath) : undefined);
  if (network === undefined) {
    throw new DomainError('routing.network-missing', 'validation', 'The built-in engine needs a street network (STREET_NETWORK_PBF).');
  }
  const compiled = __filename.endsWith('.js');
  const workers = options.workers ?? (compiled ? undefined : 0);
  if (workers === 0) {
    return { engine: new BuiltInTravelTimeEngine(network, options.calculator), network, close: async () => undefined };
  }
  const pool = new WorkerPoolTravelTimeEngine(network, { workers, workerScript: options.workerScript, calculator: options.calculator });
  return { engine: pool, network, close: () => pool.close() };
}
