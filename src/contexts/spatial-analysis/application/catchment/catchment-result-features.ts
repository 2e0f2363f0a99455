import type { FeatureCollection } from 'geojson';
import type { CatchmentOutput } from '../../domain/catchment/catchment-area';
import type { GeometryKind } from '../../domain/layers/layer';
import { attributesFor, type AttributeType } from '../../domain/layers/layer-attributes';
import type { FeatureSource } from '../../ports/layers/layer-feature-store.port';

/** The attributes each output carries besides `travel_cost` (GOAT stores that one as its step). */
const FIELDS: Record<CatchmentOutput['type'], { name: string; type: AttributeType }[]> = {
  polygon: [{ name: 'travel_cost', type: 'number' }],
  network: [{ name: 'travel_cost', type: 'number' }, { name: 'cost', type: 'number' }],
  rectangular_grid: [{ name: 'travel_cost', type: 'number' }, { name: 'h3_index', type: 'text' }],
};

export const resultGeometryOf = (output: CatchmentOutput): GeometryKind => (output.type === 'network' ? 'line' : 'polygon');

/** A computed catchment area as rows for the layer feature store. */
export function catchmentFeatureSource(collection: FeatureCollection, output: CatchmentOutput): FeatureSource {
  return {
    geometryType: resultGeometryOf(output),
    attributes: attributesFor(FIELDS[output.type]),
    async *features() {
      for (const feature of collection.features) yield { geometry: feature.geometry, properties: feature.properties ?? {} };
    },
  };
}
