import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { changedLayer, type Layer, type LayerId, type LayerMetadataChanges } from '../../domain/layers/layer';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { folderFor } from '../workspace/folder-access';
import { layerFor } from './layer-access';

/** Edits a layer's metadata, default style or folder; its data changes only through imports. */
export class UpdateLayer {
  constructor(
    private readonly layers: LayerRepository,
    private readonly folders: FolderRepository,
    private readonly access: WorkspaceAccess,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: LayerId, changes: LayerMetadataChanges): Promise<Result<Layer, DomainError>> {
    const layer = await layerFor(this.layers, this.access, principal, id, 'update');
    if (!layer.ok) return layer;
    if (changes.folderId !== undefined && changes.folderId !== layer.value.folderId) {
      const target = await folderFor(this.folders, this.access, principal, changes.folderId, 'update');
      if (!target.ok) return target;
    }
    const changed = changedLayer(layer.value, changes, this.clock.now());
    if (!changed.ok) return changed;
    await this.layers.save(changed.value);
    return ok(changed.value);
  }
}
