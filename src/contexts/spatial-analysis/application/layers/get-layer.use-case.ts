import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import type { Layer, LayerId } from '../../domain/layers/layer';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { layerFor } from './layer-access';

export class GetLayer {
  constructor(
    private readonly layers: LayerRepository,
    private readonly access: WorkspaceAccess,
  ) {}

  execute(principal: Principal, id: LayerId): Promise<Result<Layer, DomainError>> {
    return layerFor(this.layers, this.access, principal, id, 'read');
  }
}
