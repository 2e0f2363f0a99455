import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { PostgisConnection } from '../../../../../src/contexts/spatial-analysis/adapters/features/postgis/postgis-connection';
import { PostgisFeatureEditor } from '../../../../../src/contexts/spatial-analysis/adapters/features/postgis/postgis-feature.editor';
import { PostgisLayerFeatureReader } from '../../../../../src/contexts/spatial-analysis/adapters/features/postgis/postgis-layer-feature.reader';
import { PostgisVectorTileSource } from '../../../../../src/contexts/spatial-analysis/adapters/features/postgis/postgis-vector-tile.source';
import { PostgisLayerFeatureStore } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/postgis/postgis-layer-feature.store';
import { featureLayerOf } from '../../../../../src/contexts/spatial-analysis/domain/features/feature-layer';
import { createOrm } from '../../../../../src/platform/persistence/orm';
import { describeFeatureStoreContract } from '../../../../support/contracts/feature-store.contract';
import { testDatabaseUrl } from '../../../../support/test-database';

let orm: MikroORM;
const created: string[] = [];
let store: PostgisLayerFeatureStore;
beforeAll(() => {
  orm = createOrm({ databaseUrl: testDatabaseUrl(), poolMax: 4, statementTimeoutMs: 10_000, entities: [] });
  store = new PostgisLayerFeatureStore(orm.em);
});
afterAll(async () => {
  for (const id of created) await store.drop(id);
  await orm.close(true);
});

describeFeatureStoreContract('PostGIS', () => {
  const db = new PostgisConnection(orm.em);
  return {
    reader: new PostgisLayerFeatureReader(db),
    editor: new PostgisFeatureEditor(db),
    tiles: new PostgisVectorTileSource(db),
    async createLayer(attributes, geometryType, features) {
      const id = randomUUID();
      created.push(id);
      await store.create(id, { geometryType, attributes, features: async function* () { yield* features; } });
      const layer = featureLayerOf({ id: id as never, type: geometryType ? 'feature' : 'table', geometryType, data: { attributes } as never });
      if (!layer.ok) throw layer.error;
      return layer.value;
    },
  };
});
