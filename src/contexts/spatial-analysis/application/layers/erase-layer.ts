import type { Clock } from '../../../../shared-kernel/clock';
import { chargedStorageBytes } from '../../domain/layers/layer-storage';
import { withoutLayer, type ProjectId } from '../../domain/projects/project';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { LayerId } from '../../domain/layers/layer';
import type { LayerFeatureStore } from '../../ports/layers/layer-feature-store.port';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { StorageQuota } from '../../ports/layers/storage-quota.port';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';

export interface LayerErasurePorts {
  readonly layers: LayerRepository;
  readonly features: LayerFeatureStore;
  readonly placements: ProjectLayerRepository;
  readonly storage: StorageQuota;
  readonly access: WorkspaceAccess;
  readonly projects: ProjectRepository;
  readonly clock: Clock;
}

/**
 * A layer leaves every project (and their layer orders), its rows are dropped, then its metadata
 * goes: nothing orphaned. The
 * bytes it was charged go back to its owner's plan, and its shares are forgotten.
 */
export async function eraseLayer(ports: LayerErasurePorts, id: LayerId): Promise<void> {
  const layer = await ports.layers.byId(id);
  const removed = await ports.placements.deleteAllOfLayer(id);
  for (const placement of removed) {
    const project = await ports.projects.byId(placement.projectId as ProjectId);
    if (project) await ports.projects.save(withoutLayer(project, placement.id, ports.clock.now()));
  }
  await ports.features.drop(id);
  await ports.layers.delete(id);
  await ports.access.forget({ type: 'layer', id });
  const charged = layer ? chargedStorageBytes(layer) : 0;
  if (layer && charged > 0) await ports.storage.giveBack(layer.ownerId, charged);
}
