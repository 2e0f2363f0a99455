import type { LonLat } from '../../../../shared-kernel/geometry';

/**
 * Changes to the street network asked by a scenario, applied as an overlay over the shared graph
 * (never by rebuilding it).
 */
export interface AddedStreet {
  /** The street's line; its ends connect to the nearest existing nodes within a few metres. */
  readonly coordinates: readonly LonLat[];
  readonly highway: string;
  readonly oneway?: boolean;
  readonly maxspeedKmh?: number;
}

export interface NetworkEdits {
  readonly added: readonly AddedStreet[];
  /** Edge ids of the base network that no longer exist. */
  readonly removedEdgeIds: readonly number[];
  /** Base edges whose cost is multiplied (e.g. 2 = twice as slow). */
  readonly reweighted: readonly { readonly edgeId: number; readonly costFactor: number }[];
}

export const NO_EDITS: NetworkEdits = { added: [], removedEdgeIds: [], reweighted: [] };
