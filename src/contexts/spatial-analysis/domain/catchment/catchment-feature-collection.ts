import type { Feature, FeatureCollection } from 'geojson';
import type { TimeGrid } from '../routing/time-grid';
import type { CatchmentArea } from './catchment-area';
import { catchmentHexagons } from './catchment-hexagons';
import { catchmentNetwork, type ReachedStreet } from './catchment-network';
import { polygonFeatures, prepareStepGrid, stepAreas } from './catchment-polygons';

/** What an engine produced for a catchment area: a cost grid and/or the reached streets. */
export interface CatchmentSurface {
  readonly grid?: TimeGrid;
  readonly reachedStreets?: readonly ReachedStreet[];
}

export type CatchmentPhase = 'gridding' | 'contouring' | 'serialising';

/** Lets a caller time each phase (the benchmark reports their shares); the default just runs them. */
export type PhaseTimer = <T>(phase: CatchmentPhase, work: () => T) => T;

const untimed: PhaseTimer = (_phase, work) => work();

export class MissingSurfaceError extends Error {
  constructor(what: string) {
    super(`The engine answered without ${what}, which this output needs.`);
    this.name = 'MissingSurfaceError';
  }
}

/**
 * Builds the GeoJSON answer of a catchment area from whichever engine computed it: one contouring
 * path serves the built-in engine and r5 alike.
 */
export function catchmentFeatureCollection(area: CatchmentArea, surface: CatchmentSurface, time: PhaseTimer = untimed): FeatureCollection {
  const features = buildFeatures(area, surface, time);
  return time('serialising', () => ({ type: 'FeatureCollection', features }));
}

function buildFeatures(area: CatchmentArea, surface: CatchmentSurface, time: PhaseTimer): Feature[] {
  const { output, steps } = area;
  if (output.type === 'network') {
    const streets = surface.reachedStreets;
    if (!streets) throw new MissingSurfaceError('reached streets');
    return time('serialising', () => catchmentNetwork(streets, area.limit, steps));
  }
  const grid = surface.grid;
  if (!grid) throw new MissingSurfaceError('a travel-time grid');
  if (output.type === 'rectangular_grid') return time('gridding', () => catchmentHexagons(grid, steps));
  const prepared = time('gridding', () => prepareStepGrid(grid, steps));
  const areas = time('contouring', () => stepAreas(prepared, steps, output.difference));
  return time('serialising', () => polygonFeatures(areas, steps));
}
