import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { newLayer, type Layer, type LayerMetadata, type RasterDataType } from '../../domain/layers/layer';
import { checkedRasterUrl, checkedResolution } from '../../domain/layers/raster-source';
import type { FolderId } from '../../domain/workspace/folder';
import type { HostResolver } from '../../ports/layers/host-resolver.port';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { folderFor } from '../workspace/folder-access';

export interface CreateRasterLayerInput {
  readonly folderId: FolderId;
  readonly url: string;
  readonly dataType: RasterDataType;
  readonly metadata: Partial<LayerMetadata> & { readonly name: string };
}

/**
 * Registers an external WMS/WMTS/XYZ service. The URL must lead to a public address, by its literal
 * form and by what its host resolves to now, so a layer cannot be turned against our own network.
 */
export class CreateRasterLayer {
  constructor(
    private readonly layers: LayerRepository,
    private readonly folders: FolderRepository,
    private readonly access: WorkspaceAccess,
    private readonly resolver: HostResolver,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, input: CreateRasterLayerInput): Promise<Result<Layer, DomainError>> {
    const folder = await folderFor(this.folders, this.access, principal, input.folderId, 'update');
    if (!folder.ok) return folder;
    const url = checkedRasterUrl(input.url);
    if (!url.ok) return url;
    const resolved = checkedResolution(await this.resolver.addressesOf(url.value.hostname.replace(/^\[|\]$/g, '')));
    if (!resolved.ok) return resolved;
    const layer = newLayer(
      { ownerId: principal.id, folderId: input.folderId, metadata: input.metadata, type: 'raster', url: input.url, dataType: input.dataType },
      this.clock.now(),
    );
    if (!layer.ok) return layer;
    await this.layers.save(layer.value);
    return ok(layer.value);
  }
}
