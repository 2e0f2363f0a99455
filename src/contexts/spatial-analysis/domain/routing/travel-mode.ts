/** Street modes our built-in engine routes; public transport goes to r5 (TransitMode below). */
export const STREET_MODES = ['walking', 'wheelchair', 'bicycle', 'pedelec', 'car'] as const;
export type StreetMode = (typeof STREET_MODES)[number];

export const TRANSIT_MODES = ['bus', 'tram', 'rail', 'subway', 'ferry', 'cable_car', 'gondola', 'funicular'] as const;
export type TransitMode = (typeof TRANSIT_MODES)[number];

export type AccessMode = 'walk' | 'bicycle' | 'car';
export type EgressMode = 'walk' | 'bicycle';

/** Departure window of a public-transport search: seconds since midnight on a kind of day. */
export interface TimeWindow {
  readonly weekday: 'weekday' | 'saturday' | 'sunday';
  readonly fromTime: number;
  readonly toTime: number;
}

export type TravelModeSpec =
  | { readonly kind: 'street'; readonly mode: StreetMode }
  | {
      readonly kind: 'transit';
      readonly modes: readonly TransitMode[];
      readonly accessMode: AccessMode;
      readonly egressMode: EgressMode;
      readonly timeWindow: TimeWindow;
    };

export const isStreetMode = (value: string): value is StreetMode => (STREET_MODES as readonly string[]).includes(value);
