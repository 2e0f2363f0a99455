import type { Geometry } from 'geojson';
import type { LayerAttribute } from '../../domain/layers/layer-attributes';
import type { StreetNetwork } from '../../domain/routing/street-network';

/** What the stored edges add up to, measured by the store inside the replacement. */
export interface StoredStreetNetwork {
  readonly edges: number;
  readonly nodes: number;
  /** Bounding polygon of the edges in EPSG:4326 (null when there are none). */
  readonly extent: Geometry | null;
  readonly sizeBytes: number;
  /** The columns the layer's rows show, as the layer records them. */
  readonly attributes: readonly LayerAttribute[];
}

/** The feature layer that shows the stored edges: its rows are read from them, never copied. */
export interface StreetNetworkLayerPublication {
  readonly layerId: string;
  /** Runs before the replacement commits; throwing keeps the previous network (and its layer rows). */
  beforeCommit(stored: StoredStreetNetwork): Promise<void>;
}

/** Where the base street network is kept between runs (PostGIS: edges and nodes, GiST-indexed). */
export interface StreetNetworkRepository {
  /**
   * Replaces the stored base network as a whole: readers see the old one or the new one, never a mix.
   * With a publication, the layer's rows are served from the new edges as part of the same replacement.
   */
  replace(network: StreetNetwork, sourceName: string, publication?: StreetNetworkLayerPublication): Promise<void>;
}

export const STREET_NETWORK_REPOSITORY: unique symbol = Symbol('StreetNetworkRepository');
