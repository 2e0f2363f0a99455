import type { Feature, LineString, Position } from 'geojson';
import type { TravelLimit } from '../routing/travel-limit';
import { stepIndexOf, type CatchmentSteps } from './catchment-steps';

/** A street reached by the search, with the cost at each end (the port's ReachedStreet fits this). */
export interface ReachedStreet {
  readonly coordinates: readonly (readonly [number, number])[];
  readonly fromCost: number;
  readonly toCost: number;
}

export type CatchmentNetworkFeature = Feature<LineString, { travel_cost: number; cost: number }>;

const planarLength = (a: Position, b: Position): number => {
  const cos = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((b[0] - a[0]) * cos, b[1] - a[1]);
};

/** The first `fraction` of a line, measured along it. */
function leadingPart(coords: readonly Position[], fraction: number): Position[] {
  const lengths = coords.slice(1).map((p, i) => planarLength(coords[i], p));
  let remaining = fraction * lengths.reduce((s, l) => s + l, 0);
  const out: Position[] = [[...coords[0]]];
  for (let i = 0; i < lengths.length; i++) {
    if (remaining >= lengths[i]) {
      out.push([...coords[i + 1]]);
      remaining -= lengths[i];
      continue;
    }
    const t = lengths[i] === 0 ? 0 : remaining / lengths[i];
    const [a, b] = [coords[i], coords[i + 1]];
    out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    break;
  }
  return out;
}

/**
 * The part of an edge within the budget and its highest cost there: an edge reached at one end only
 * is cut where the budget runs out, so the network never draws streets the planner cannot reach.
 */
export function reachedPart(edge: ReachedStreet, budget: number): { coordinates: Position[]; cost: number } | null {
  const { fromCost, toCost } = edge;
  const coords = edge.coordinates.map((p) => [p[0], p[1]]);
  if (coords.length < 2 || !(Math.min(fromCost, toCost) <= budget)) return null;
  if (Math.max(fromCost, toCost) <= budget) return { coordinates: coords, cost: Math.max(fromCost, toCost) };
  if (fromCost <= budget) {
    return { coordinates: leadingPart(coords, (budget - fromCost) / (toCost - fromCost)), cost: budget };
  }
  const reversed = leadingPart([...coords].reverse(), (budget - toCost) / (fromCost - toCost));
  return { coordinates: reversed.reverse(), cost: budget };
}

/** Network output: reached streets, `travel_cost` = the step the cost falls in, `cost` unrounded. */
export function catchmentNetwork(edges: readonly ReachedStreet[], limit: TravelLimit, steps: CatchmentSteps): CatchmentNetworkFeature[] {
  const budget = steps.cutoffs[steps.cutoffs.length - 1];
  const toLabelUnit = limit.kind === 'time' ? 1 / 60 : 1;
  const features: CatchmentNetworkFeature[] = [];
  for (const edge of edges) {
    const part = reachedPart(edge, budget);
    if (!part) continue;
    const step = stepIndexOf(steps, part.cost);
    if (step < 0) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: part.coordinates },
      properties: { travel_cost: steps.labels[step], cost: part.cost * toLabelUnit },
    });
  }
  return features;
}
