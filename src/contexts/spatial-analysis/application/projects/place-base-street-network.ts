import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { ProjectId } from '../../domain/projects/project';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import { BASE_STREET_NETWORK_LAYER_ID } from '../layers/base-street-network-layer';
import type { AddLayersToProject } from './add-layers-to-project.use-case';

/**
 * As in GOAT, a new project starts with the base street network in it (once `network:import` has
 * registered one), so catchment areas and scenarios have their network at hand.
 */
export class PlaceBaseStreetNetwork {
  constructor(
    private readonly layers: LayerRepository,
    private readonly addLayers: AddLayersToProject,
  ) {}

  async into(principal: Principal, projectId: ProjectId): Promise<Result<void, DomainError>> {
    if (!(await this.layers.byId(BASE_STREET_NETWORK_LAYER_ID))) return ok(undefined);
    const placed = await this.addLayers.execute(principal, projectId, [BASE_STREET_NETWORK_LAYER_ID]);
    return placed.ok ? ok(undefined) : placed;
  }
}
