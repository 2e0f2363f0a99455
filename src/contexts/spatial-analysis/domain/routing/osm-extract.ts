import type { OsmTags } from './street-profile';

/** A way as read from an OSM file: its tags and the ids of its nodes in order. */
export interface OsmWay {
  readonly id: number;
  readonly tags: OsmTags;
  readonly nodeIds: readonly number[];
}

/** The part of an OSM file the network is built from. */
export interface OsmExtract {
  readonly ways: readonly OsmWay[];
  /** Fixed-point (1e-7) lon/lat of a node, or undefined when the file lacks it. */
  coordinatesOf(nodeId: number): readonly [number, number] | undefined;
}
