import type { App } from '../../../../../src/platform/app';
import { EnsureHomeFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/ensure-home-folder.use-case';
import { newLayer, type GeometryKind, type Layer } from '../../../../../src/contexts/spatial-analysis/domain/layers/layer';
import type { LayerAttribute } from '../../../../../src/contexts/spatial-analysis/domain/layers/layer-attributes';
import { LAYER_FEATURE_STORE, type LayerFeatureStore, type SourceFeature } from '../../../../../src/contexts/spatial-analysis/ports/layers/layer-feature-store.port';
import { LAYER_REPOSITORY, type LayerRepository } from '../../../../../src/contexts/spatial-analysis/ports/layers/layer-repository.port';

/** A stored layer as the import would leave it: metadata in the repository, rows in the feature store. */
export async function seedLayer(app: App, ownerId: string, name: string, geometryType: GeometryKind | null, attributes: LayerAttribute[], features: SourceFeature[]): Promise<Layer> {
  const home = await app.container.resolve(EnsureHomeFolder).execute(ownerId);
  const created = newLayer({ ownerId, folderId: home.id, metadata: { name }, type: geometryType ? 'feature' : 'table', geometryType }, new Date());
  if (!created.ok) throw created.error;
  const store = app.container.resolve<LayerFeatureStore>(LAYER_FEATURE_STORE);
  const stored = await store.create(created.value.id, { geometryType, attributes, features: async function* () { yield* features; } });
  const layer: Layer = { ...created.value, data: { featureCount: stored.featureCount, sizeBytes: stored.sizeBytes, extent: stored.extent, attributes, uploadFileType: null, uploadReferenceSystem: null } };
  await app.container.resolve<LayerRepository>(LAYER_REPOSITORY).save(layer);
  return layer;
}
