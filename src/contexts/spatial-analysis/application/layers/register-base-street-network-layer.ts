import type { Clock } from '../../../../shared-kernel/clock';
import { newLayer, type Layer } from '../../domain/layers/layer';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { StoredStreetNetwork, StreetNetworkLayerPublication } from '../../ports/routing/street-network-repository.port';
import type { EnsureHomeFolder } from '../workspace/ensure-home-folder.use-case';
import { BASE_STREET_NETWORK_LAYER_ID, SYSTEM_OWNER_ID } from './base-street-network-layer';

/** Replaces the stored network; calls the publication's beforeCommit inside its transaction. */
export type StoreStreetNetwork = (publication: StreetNetworkLayerPublication) => Promise<void>;

const MAX_FILE_NAME = 200;

const fileNameOf = (sourceName: string): string => {
  const name = sourceName.split(/[\\/]/).pop() || sourceName;
  return name.length > MAX_FILE_NAME ? `${name.slice(0, MAX_FILE_NAME - 1)}…` : name;
};

/**
 * Registers (or replaces) the one base street-network layer while the network itself is replaced,
 * all or nothing: the record is written just before the network's transaction commits, and if that
 * commit (or anything before it) fails, the previous record is put back, so layer and edges match.
 */
export class RegisterBaseStreetNetworkLayer {
  constructor(
    private readonly layers: LayerRepository,
    private readonly homeFolder: EnsureHomeFolder,
    private readonly clock: Clock,
  ) {}

  async execute(sourceName: string, store: StoreStreetNetwork): Promise<Layer> {
    const folder = await this.homeFolder.execute(SYSTEM_OWNER_ID);
    const previous = await this.layers.byId(BASE_STREET_NETWORK_LAYER_ID);
    // Set from inside the store's transaction (an object, so the compiler does not narrow it to null).
    const outcome: { written: Layer | null } = { written: null };
    const publication: StreetNetworkLayerPublication = {
      layerId: BASE_STREET_NETWORK_LAYER_ID,
      beforeCommit: async (stored) => {
        const layer = this.layerFor(stored, fileNameOf(sourceName), folder.id, previous);
        outcome.written = layer;
        await this.layers.save(layer);
      },
    };
    try {
      await store(publication);
    } catch (error) {
      // The store kept the previous network: its record must describe it again.
      if (outcome.written) await this.restore(previous, error);
      throw error;
    }
    if (!outcome.written) throw new Error('The street network was stored without publishing its layer');
    return outcome.written;
  }

  /** A failed restore is reported with the failure that made it necessary. */
  private async restore(previous: Layer | null, cause: unknown): Promise<void> {
    try {
      await (previous ? this.layers.save(previous) : this.layers.delete(BASE_STREET_NETWORK_LAYER_ID));
    } catch (restoreError) {
      const why = (e: unknown) => (e instanceof Error ? e.message : String(e));
      throw new Error(`${why(cause)}; putting the previous street-network layer record back failed too: ${why(restoreError)}`, { cause });
    }
  }

  private layerFor(stored: StoredStreetNetwork, fileName: string, folderId: Layer['folderId'], previous: Layer | null): Layer {
    const now = this.clock.now();
    const created = newLayer(
      {
        id: BASE_STREET_NETWORK_LAYER_ID,
        ownerId: SYSTEM_OWNER_ID,
        folderId,
        metadata: {
          name: `Street network (${fileName})`,
          description: 'Base street network of the routing engine: one line per street segment between junctions, with travel costs per mode (seconds at default speeds, -1 = closed).',
          attribution: '© OpenStreetMap contributors',
          license: 'ODbL-1.0',
        },
        type: 'feature',
        featureLayerType: 'street_network',
        geometryType: 'line',
        data: {
          featureCount: stored.edges,
          sizeBytes: stored.sizeBytes,
          extent: stored.extent,
          attributes: stored.attributes,
          uploadFileType: 'pbf',
          uploadReferenceSystem: 'EPSG:4326',
        },
      },
      now,
    );
    // The name is bounded above, so this cannot fail; a failure would be a bug.
    if (!created.ok) throw created.error;
    return { ...created.value, createdAt: previous?.createdAt ?? now };
  }
}
