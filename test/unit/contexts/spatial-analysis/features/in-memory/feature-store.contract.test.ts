import { randomUUID } from 'node:crypto';
import { InMemoryFeatureEditor } from '../../../../../../src/contexts/spatial-analysis/adapters/features/in-memory/in-memory-feature.editor';
import { InMemoryLayerFeatureReader } from '../../../../../../src/contexts/spatial-analysis/adapters/features/in-memory/in-memory-layer-feature.reader';
import { InMemoryLayerRows } from '../../../../../../src/contexts/spatial-analysis/adapters/features/in-memory/in-memory-layer-rows';
import { InMemoryVectorTileSource } from '../../../../../../src/contexts/spatial-analysis/adapters/features/in-memory/in-memory-vector-tile.source';
import { InMemoryLayerFeatureStore } from '../../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-layer-feature.store';
import { featureLayerOf } from '../../../../../../src/contexts/spatial-analysis/domain/features/feature-layer';
import { describeFeatureStoreContract } from '../../../../../support/contracts/feature-store.contract';

describeFeatureStoreContract('in memory', () => {
  const store = new InMemoryLayerFeatureStore();
  const rows = new InMemoryLayerRows(store);
  return {
    reader: new InMemoryLayerFeatureReader(rows),
    editor: new InMemoryFeatureEditor(rows),
    tiles: new InMemoryVectorTileSource(rows),
    async createLayer(attributes, geometryType, features) {
      const id = randomUUID();
      await store.create(id, { geometryType, attributes, features: async function* () { yield* features; } });
      const layer = featureLayerOf({ id: id as never, type: geometryType ? 'feature' : 'table', geometryType, data: { attributes } as never });
      if (!layer.ok) throw layer.error;
      return layer.value;
    },
  };
});
