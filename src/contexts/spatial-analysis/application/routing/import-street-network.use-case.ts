import type { DomainError } from '../../../../shared-kernel/domain-error';
import { ok, type Result } from '../../../../shared-kernel/result';
import { networkByteSize, type StreetNetwork } from '../../domain/routing/street-network';
import { buildStreetNetwork } from '../../domain/routing/street-network-builder';
import type { OsmStreetSource } from '../../ports/routing/osm-street-source.port';
import type { StreetNetworkRepository } from '../../ports/routing/street-network-repository.port';

export interface ImportStreetNetworkInput {
  readonly filePath: string;
}

export interface ImportStreetNetworkOutput {
  readonly network: StreetNetwork;
  readonly nodes: number;
  readonly edges: number;
  readonly bytes: number;
}

/**
 * Reads an OSM file, builds the routable network and stores it as the base street-network layer.
 * Bad files and files without routable ways are returned errors; nothing is written then.
 */
export class ImportStreetNetworkUseCase {
  constructor(
    private readonly source: OsmStreetSource,
    private readonly repository: StreetNetworkRepository | null,
  ) {}

  async execute(input: ImportStreetNetworkInput): Promise<Result<ImportStreetNetworkOutput, DomainError>> {
    const extract = await this.source.read(input.filePath);
    if (!extract.ok) return extract;
    const built = buildStreetNetwork(extract.value, input.filePath);
    if (!built.ok) return built;
    const network = built.value;
    await this.repository?.replace(network, input.filePath);
    return ok({ network, nodes: network.nodeCount, edges: network.edgeCount, bytes: networkByteSize(network) });
  }
}
