import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { SharedScope } from '../shared-items.port';
import type { FeatureLayerType, Layer, LayerId, LayerType } from '../../domain/layers/layer';

export interface LayerQuery {
  readonly ownerId: string;
  /** Also list these, shared with the owner by others (the other filters still apply). */
  readonly sharedWithCaller?: SharedScope;
  readonly folderId?: string;
  readonly types?: readonly LayerType[];
  readonly featureLayerTypes?: readonly FeatureLayerType[];
  /** Case-insensitive part of the name. */
  readonly search?: string;
  readonly page: PageRequest;
}

/** Layer metadata (the rows themselves live behind LayerFeatureStore). */
export interface LayerRepository {
  byId(id: LayerId): Promise<Layer | null>;
  byIds(ids: readonly string[]): Promise<Layer[]>;
  /** Most recently changed first. */
  list(query: LayerQuery): Promise<Page<Layer>>;
  save(layer: Layer): Promise<void>;
  delete(id: LayerId): Promise<void>;
  idsInFolder(folderId: string): Promise<LayerId[]>;
  idsOwnedBy(ownerId: string): Promise<LayerId[]>;
  /** Bytes of stored layer data the owner holds, for the storage quota. */
  storageUsedBy(ownerId: string): Promise<number>;
}

export const LAYER_REPOSITORY: unique symbol = Symbol('LayerRepository');
