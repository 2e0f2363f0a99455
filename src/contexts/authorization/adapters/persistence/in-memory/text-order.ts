/** Code-point order, as the PostGIS adapters sort with `COLLATE "C"`, so both answer alike. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
