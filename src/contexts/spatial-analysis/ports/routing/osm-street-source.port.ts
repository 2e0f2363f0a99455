import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Result } from '../../../../shared-kernel/result';
import type { OsmExtract } from '../../domain/routing/osm-extract';

/**
 * Reads the street ways (and their nodes) of an OpenStreetMap file. An unreadable, empty or corrupt
 * file is an expected failure (`routing.network-file-unreadable`); a missing reader program throws.
 */
export interface OsmStreetSource {
  read(filePath: string): Promise<Result<OsmExtract, DomainError>>;
}

export const OSM_STREET_SOURCE: unique symbol = Symbol('OsmStreetSource');
