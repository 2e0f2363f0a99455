import type { StreetMode } from './travel-mode';

/**
 * How a mode may use a street in one direction, packed two bits per (mode, direction) into one
 * Uint32 per street so the search reads a single word per edge.
 */
export const CLOSED = 0;
/** Travelled at the mode's own speed. */
export const RIDE = 1;
/** Travelled on foot at walking speed (a cyclist pushing the bicycle). */
export const PUSH = 2;
export type Traversal = typeof CLOSED | typeof RIDE | typeof PUSH;

export const MODE_INDEX: Readonly<Record<StreetMode, number>> = { walking: 0, wheelchair: 1, bicycle: 2, pedelec: 3, car: 4 };
const MODE_COUNT = 5;

/** 0 = along the way's node order (source to target), 1 = against it. */
export type Direction = 0 | 1;

export const traversalShift = (modeIndex: number, direction: Direction): number => (direction * MODE_COUNT + modeIndex) * 2;

export const withTraversal = (packed: number, mode: StreetMode, direction: Direction, traversal: Traversal): number => {
  const shift = traversalShift(MODE_INDEX[mode], direction);
  return ((packed & ~(3 << shift)) | (traversal << shift)) >>> 0;
};

export const traversalOf = (packed: number, mode: StreetMode, direction: Direction): Traversal =>
  ((packed >>> traversalShift(MODE_INDEX[mode], direction)) & 3) as Traversal;

/** True when the mode may use the street in at least one direction. */
export const modeMayUse = (packed: number, modeIndex: number): boolean =>
  ((packed >>> traversalShift(modeIndex, 0)) & 3) !== CLOSED || ((packed >>> traversalShift(modeIndex, 1)) & 3) !== CLOSED;
