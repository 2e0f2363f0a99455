import type { DomainError } from '../../../../shared-kernel/domain-error';
import { ok, type Result } from '../../../../shared-kernel/result';
import { propertiesOf } from '../../domain/features/feature-query';
import { checkedTile } from '../../domain/features/tile-matrix';
import type { VectorTileSource } from '../../ports/features/vector-tile-source.port';
import type { FeatureLayerAccess, FeatureReader } from './feature-layer-access';
import { filterFor, type FeatureQueryInput } from './feature-request';

export interface VectorTile {
  readonly bytes: Uint8Array;
  /** When the layer last changed (metadata or import), for caching decisions. */
  readonly layerUpdatedAt: Date;
}

/** A Mapbox Vector Tile of a readable layer, honouring a CQL2 filter and a property selection. */
export class GetVectorTile {
  constructor(
    private readonly layers: FeatureLayerAccess,
    private readonly tiles: VectorTileSource,
    private readonly featureCap: number,
  ) {}

  async execute(reader: FeatureReader, layerId: string, coordinates: { z: number; x: number; y: number }, input: FeatureQueryInput): Promise<Result<VectorTile, DomainError>> {
    const opened = await this.layers.open(reader, layerId);
    if (!opened.ok) return opened;
    const tile = checkedTile(coordinates.z, coordinates.x, coordinates.y);
    if (!tile.ok) return tile;
    const layer = opened.value.features;
    const filter = filterFor(layer, input);
    if (!filter.ok) return filter;
    const properties = propertiesOf(input.properties, layer.queryables);
    if (!properties.ok) return properties;
    const bytes = await this.tiles.tile(layer, { tile: tile.value, filter: filter.value, properties: properties.value, featureCap: this.featureCap });
    return ok({ bytes, layerUpdatedAt: opened.value.layer.updatedAt });
  }
}
