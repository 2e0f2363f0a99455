import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { Layer, LayerId } from '../../domain/layers/layer';
import { LayerErrors } from '../../domain/layers/layer.errors';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { WorkspaceAccess, WorkspaceAction } from '../../ports/workspace-access.port';

/** Loads a layer the principal may act on: unreadable is "not found", read-only is "forbidden". */
export async function layerFor(
  layers: LayerRepository,
  access: WorkspaceAccess,
  principal: Principal,
  id: LayerId,
  action: WorkspaceAction,
): Promise<Result<Layer, DomainError>> {
  const layer = await layers.byId(id);
  if (!layer) return err(LayerErrors.notFound());
  const resource = { type: 'layer' as const, id: layer.id, ownerId: layer.ownerId, folderId: layer.folderId };
  if (!(await access.decide(principal, 'read', resource)).allowed) return err(LayerErrors.notFound());
  if (action !== 'read' && !(await access.decide(principal, action, resource)).allowed) return err(LayerErrors.forbidden());
  return ok(layer);
}
