import { instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import { requireEntityManager, type ContextOptions } from '../../shared-kernel/context-registration';
import { SHARED_ITEMS, type SharedItems } from './ports/shared-items.port';
import { InMemoryFeatureEditor } from './adapters/features/in-memory/in-memory-feature.editor';
import { InMemoryLayerFeatureReader } from './adapters/features/in-memory/in-memory-layer-feature.reader';
import { InMemoryLayerRows } from './adapters/features/in-memory/in-memory-layer-rows';
import { InMemoryVectorTileSource } from './adapters/features/in-memory/in-memory-vector-tile.source';
import { PostgisConnection } from './adapters/features/postgis/postgis-connection';
import { PostgisFeatureEditor } from './adapters/features/postgis/postgis-feature.editor';
import { PostgisLayerFeatureReader } from './adapters/features/postgis/postgis-layer-feature.reader';
import { PostgisVectorTileSource } from './adapters/features/postgis/postgis-vector-tile.source';
import type { InMemoryLayerFeatureStore } from './adapters/persistence/in-memory/in-memory-layer-feature.store';
import { CreateFeature } from './application/features/create-feature.use-case';
import { DeleteFeature } from './application/features/delete-feature.use-case';
import { FeatureLayerAccess } from './application/features/feature-layer-access';
import { GetCollection } from './application/features/get-collection.use-case';
import { GetFeature } from './application/features/get-feature.use-case';
import { GetVectorTile } from './application/features/get-vector-tile.use-case';
import { LayerStatistics } from './application/features/layer-statistics.use-case';
import { ListCollections } from './application/features/list-collections.use-case';
import { ListFeatures } from './application/features/list-features.use-case';
import { UpdateFeature } from './application/features/update-feature.use-case';
import { DEFAULT_TILE_FEATURE_CAP } from './domain/features/tile-feature-cap';
import { FEATURE_EDITOR, type FeatureEditor } from './ports/features/feature-editor.port';
import { LAYER_FEATURE_READER, type LayerFeatureReader } from './ports/features/layer-feature-reader.port';
import { VECTOR_TILE_SOURCE, type VectorTileSource } from './ports/features/vector-tile-source.port';
import { LAYER_FEATURE_STORE } from './ports/layers/layer-feature-store.port';
import { LAYER_REPOSITORY, type LayerRepository } from './ports/layers/layer-repository.port';
import { PUBLISHED_PROJECT_REPOSITORY, type PublishedProjectRepository } from './ports/projects/published-project-repository.port';
import { WORKSPACE_ACCESS, type WorkspaceAccess } from './ports/workspace-access.port';

/**
 * Features and tiles: readers, editor and tile source over the same layer rows the workspace stores
 * (PostGIS tables in user_data, or the in-memory store), and the use cases on top.
 * Registered after the workspace's layer store, which it reads.
 */
export function registerFeaturesAndTiles(container: DependencyContainer, options: ContextOptions & { tileFeatureCap?: number }): void {
  if (options.persistence === 'postgis') {
    const db = new PostgisConnection(requireEntityManager(options));
    container.register(LAYER_FEATURE_READER, { useValue: new PostgisLayerFeatureReader(db) });
    container.register(FEATURE_EDITOR, { useValue: new PostgisFeatureEditor(db) });
    container.register(VECTOR_TILE_SOURCE, { useValue: new PostgisVectorTileSource(db) });
  } else {
    const rows = new InMemoryLayerRows(container.resolve<InMemoryLayerFeatureStore>(LAYER_FEATURE_STORE));
    container.register(LAYER_FEATURE_READER, { useValue: new InMemoryLayerFeatureReader(rows) });
    container.register(FEATURE_EDITOR, { useValue: new InMemoryFeatureEditor(rows) });
    container.register(VECTOR_TILE_SOURCE, { useValue: new InMemoryVectorTileSource(rows) });
  }
  const singleton = <T>(token: unknown, factory: (c: DependencyContainer) => T) => container.register(token as never, { useFactory: instanceCachingFactory(factory) });
  const reader = (c: DependencyContainer) => c.resolve<LayerFeatureReader>(LAYER_FEATURE_READER);
  const editor = (c: DependencyContainer) => c.resolve<FeatureEditor>(FEATURE_EDITOR);
  const layers = (c: DependencyContainer) => c.resolve<LayerRepository>(LAYER_REPOSITORY);
  singleton(FeatureLayerAccess, (c) => new FeatureLayerAccess(layers(c), c.resolve<WorkspaceAccess>(WORKSPACE_ACCESS), c.resolve<PublishedProjectRepository>(PUBLISHED_PROJECT_REPOSITORY)));
  const access = (c: DependencyContainer) => c.resolve(FeatureLayerAccess);
  singleton(ListCollections, (c) => new ListCollections(layers(c), c.resolve<SharedItems>(SHARED_ITEMS)));
  singleton(GetCollection, (c) => new GetCollection(access(c)));
  singleton(ListFeatures, (c) => new ListFeatures(access(c), reader(c)));
  singleton(GetFeature, (c) => new GetFeature(access(c), reader(c)));
  singleton(CreateFeature, (c) => new CreateFeature(access(c), editor(c)));
  singleton(UpdateFeature, (c) => new UpdateFeature(access(c), reader(c), editor(c)));
  singleton(DeleteFeature, (c) => new DeleteFeature(access(c), editor(c)));
  singleton(GetVectorTile, (c) => new GetVectorTile(access(c), c.resolve<VectorTileSource>(VECTOR_TILE_SOURCE), options.tileFeatureCap ?? DEFAULT_TILE_FEATURE_CAP));
  singleton(LayerStatistics, (c) => new LayerStatistics(access(c), reader(c)));
}
