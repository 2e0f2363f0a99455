import type { StreetNetwork } from '../../domain/routing/street-network';

/** Where the base street network is kept between runs (PostGIS: edges and nodes, GiST-indexed). */
export interface StreetNetworkRepository {
  /** Replaces the stored base network as a whole: readers see the old one or the new one, never a mix. */
  replace(network: StreetNetwork, sourceName: string): Promise<void>;
}

export const STREET_NETWORK_REPOSITORY: unique symbol = Symbol('StreetNetworkRepository');
