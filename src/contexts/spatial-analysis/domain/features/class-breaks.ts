/** How a numeric column is cut into classes for styling (GOAT's four methods). */
export type ClassBreakMethod = 'quantile' | 'equal_interval' | 'standard_deviation' | 'heads_and_tails';
export const CLASS_BREAK_METHODS: readonly ClassBreakMethod[] = ['quantile', 'equal_interval', 'standard_deviation', 'heads_and_tails'];
export const MAX_CLASS_BREAKS = 20;

export interface ClassBreaks {
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  readonly stdDev: number | null;
  /** The upper bounds of every class but the last (the last ends at max), ascending. */
  readonly breaks: number[];
}

/** Breaks for `classes` classes over values sorted ascending; an empty column has none. */
export function classBreaks(method: ClassBreakMethod, sorted: readonly number[], classes: number): ClassBreaks {
  if (sorted.length === 0) return { min: null, max: null, mean: null, stdDev: null, breaks: [] };
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  const stdDev = Math.sqrt(sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / sorted.length);
  const inner = Math.max(1, classes) - 1;
  let breaks: number[];
  switch (method) {
    case 'quantile':
      // Nearest-rank quantiles: the value below which i/classes of the features lie.
      breaks = Array.from({ length: inner }, (_, i) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(((i + 1) / classes) * sorted.length) - 1))]);
      break;
    case 'equal_interval':
      breaks = Array.from({ length: inner }, (_, i) => min + ((i + 1) * (max - min)) / classes);
      break;
    case 'standard_deviation':
      // Classes one standard deviation wide, centred on the mean, kept inside the data.
      breaks = Array.from({ length: inner }, (_, i) => mean + (i + 1 - classes / 2) * stdDev).filter((b) => b > min && b < max);
      break;
    case 'heads_and_tails':
      breaks = headsAndTails(sorted, inner);
      break;
  }
  return { min, max, mean, stdDev, breaks };
}

/**
 * Jiang's head/tail breaks for heavy-tailed data: split at the mean, keep the head (above it) and
 * repeat while the head stays a minority (under 40%) and breaks are wanted.
 */
function headsAndTails(sorted: readonly number[], wanted: number): number[] {
  const breaks: number[] = [];
  let head = sorted;
  while (breaks.length < wanted && head.length > 1) {
    const mean = head.reduce((s, v) => s + v, 0) / head.length;
    const next = head.filter((v) => v > mean);
    if (next.length === 0 || next.length === head.length) break;
    breaks.push(mean);
    if (next.length / head.length > 0.4) break;
    head = next;
  }
  return breaks;
}
