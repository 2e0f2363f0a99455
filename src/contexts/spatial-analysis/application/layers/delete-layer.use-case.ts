import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { LayerId } from '../../domain/layers/layer';
import { eraseLayer, type LayerErasurePorts } from './erase-layer';
import { layerFor } from './layer-access';

/** Deletes the layer, its rows and its placements in projects (projects keep their other layers). */
export class DeleteLayer {
  constructor(private readonly ports: LayerErasurePorts) {}

  async execute(principal: Principal, id: LayerId): Promise<Result<void, DomainError>> {
    const layer = await layerFor(this.ports.layers, this.ports.access, principal, id, 'delete');
    if (!layer.ok) return layer;
    await eraseLayer(this.ports, id);
    return ok(undefined);
  }
}
