import { pageInMemory, type Page } from '../../../../../shared-kernel/paging';
import type { Layer, LayerId } from '../../../domain/layers/layer';
import type { LayerQuery, LayerRepository } from '../../../ports/layers/layer-repository.port';
import { withinScope } from '../../../ports/shared-items.port';
import { newestFirst } from './in-memory-project.repository';

export class InMemoryLayerRepository implements LayerRepository {
  private readonly rows = new Map<string, Layer>();

  async byId(id: LayerId): Promise<Layer | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async byIds(ids: readonly string[]): Promise<Layer[]> {
    return ids.flatMap((id) => {
      const row = this.rows.get(id);
      return row ? [structuredClone(row)] : [];
    });
  }

  async list(query: LayerQuery): Promise<Page<Layer>> {
    const needle = query.search?.toLowerCase();
    const matching = [...this.rows.values()]
      .filter((layer) => withinScope(layer, query.ownerId, query.sharedWithCaller))
      .filter((layer) => !query.folderId || layer.folderId === query.folderId)
      .filter((layer) => !query.types?.length || query.types.includes(layer.type))
      .filter((layer) => !query.featureLayerTypes?.length || (layer.featureLayerType !== null && query.featureLayerTypes.includes(layer.featureLayerType)))
      .filter((layer) => !needle || layer.name.toLowerCase().includes(needle))
      .sort(newestFirst)
      .map((layer) => structuredClone(layer));
    return pageInMemory(matching, query.page);
  }

  async save(layer: Layer): Promise<void> {
    this.rows.set(layer.id, structuredClone(layer));
  }

  async delete(id: LayerId): Promise<void> {
    this.rows.delete(id);
  }

  async idsInFolder(folderId: string): Promise<LayerId[]> {
    return [...this.rows.values()].filter((layer) => layer.folderId === folderId).map((layer) => layer.id);
  }

  async idsOwnedBy(ownerId: string): Promise<LayerId[]> {
    return [...this.rows.values()].filter((layer) => layer.ownerId === ownerId).map((layer) => layer.id);
  }

  async storageUsedBy(ownerId: string): Promise<number> {
    return [...this.rows.values()].filter((layer) => layer.ownerId === ownerId).reduce((sum, layer) => sum + layer.data.sizeBytes, 0);
  }
}
