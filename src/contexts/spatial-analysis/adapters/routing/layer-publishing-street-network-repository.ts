import type { Layer } from '../../domain/layers/layer';
import type { StreetNetwork } from '../../domain/routing/street-network';
import type { RegisterBaseStreetNetworkLayer } from '../../application/layers/register-base-street-network-layer';
import type { StreetNetworkRepository } from '../../ports/routing/street-network-repository.port';

/**
 * Stores the network and, in the same replacement, registers the base street-network layer that
 * shows it (so the import use case stays about the network; the CLI composes the two here).
 */
export class LayerPublishingStreetNetworkRepository implements StreetNetworkRepository {
  private published: Layer | null = null;

  constructor(
    private readonly store: StreetNetworkRepository,
    private readonly register: RegisterBaseStreetNetworkLayer,
  ) {}

  async replace(network: StreetNetwork, sourceName: string): Promise<void> {
    this.published = await this.register.execute(sourceName, (publication) => this.store.replace(network, sourceName, publication));
  }

  /** The layer the last successful replacement registered. */
  lastPublished(): Layer | null {
    return this.published;
  }
}
