import type { FeatureLayer } from '../../domain/features/feature-layer';
import type { BoundFilter } from '../../domain/features/cql2/cql2-binding';
import type { Queryable } from '../../domain/features/queryables';
import type { Tile } from '../../domain/features/tile-matrix';

export interface TileRequest {
  readonly tile: Tile;
  readonly filter: BoundFilter | null;
  /** Attributes to encode; null for all of them. */
  readonly properties: readonly Queryable[] | null;
  /** Most features in the tile; the largest lines and polygons are kept first. */
  readonly featureCap: number;
}

/**
 * Mapbox Vector Tiles (v2, extent 4096, one MVT layer named by the layer id) of a layer's features.
 * An empty tile is a zero-length buffer.
 */
export interface VectorTileSource {
  tile(layer: FeatureLayer, request: TileRequest): Promise<Uint8Array>;
}

export const VECTOR_TILE_SOURCE: unique symbol = Symbol('VectorTileSource');
