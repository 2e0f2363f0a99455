/**
 * How far a search goes: a time budget (at a speed for active modes; the network's own speeds for
 * car), or a distance along the network.
 */
export type TravelLimit =
  | { readonly kind: 'time'; readonly maxSeconds: number; readonly speedKmh?: number }
  | { readonly kind: 'distance'; readonly maxMetres: number };

/** Costs are whole seconds for time limits and whole metres for distance limits. */
export const costUnitOf = (limit: TravelLimit): 'seconds' | 'metres' => (limit.kind === 'time' ? 'seconds' : 'metres');

export const budgetOf = (limit: TravelLimit): number => (limit.kind === 'time' ? limit.maxSeconds : limit.maxMetres);
