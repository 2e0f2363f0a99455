import type { LayerId } from '../../domain/layers/layer';
import type { LayerFeatureStore } from '../../ports/layers/layer-feature-store.port';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';

export interface LayerErasurePorts {
  readonly layers: LayerRepository;
  readonly features: LayerFeatureStore;
  readonly placements: ProjectLayerRepository;
}

/** A layer leaves every project, its rows are dropped, then its metadata goes: nothing orphaned. */
export async function eraseLayer(ports: LayerErasurePorts, id: LayerId): Promise<void> {
  await ports.placements.deleteAllOfLayer(id);
  await ports.features.drop(id);
  await ports.layers.delete(id);
}
