import { DomainError } from '../../../../shared-kernel/domain-error';
import { UpstreamFailureError } from '../../../../shared-kernel/infrastructure-errors';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { TravelTimeAnswer, TravelTimeEngine, TravelTimeQuery } from '../../ports/routing/travel-time-engine.port';
import { decodeAccessGrid } from './access-grid.decoder';
import { boundsAround, r5AnalysisRequest, reachRadiusMetres, zoomFor } from './r5-analysis-request';
import { R5_DEFAULTS, type R5Config } from './r5-config';
import { R5HttpClient } from './r5-http-client';
import { cellwiseMinimum } from './time-grid-minimum';

/** r5 grids at zoom 9 unless asked otherwise (GOAT's public-transport default). */
const DEFAULT_ZOOM = 9;

async function mapConcurrently<T, U>(items: readonly T[], limit: number, work: (item: T) => Promise<U>): Promise<U[]> {
  const results = new Array<U>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await work(items[i]);
      } catch (error) {
        next = items.length; // one failure fails the whole request: take no further origins
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Travel times from a Conveyal r5 backend: public transport (and street modes, street-only). r5
 * answers a time grid per origin; several origins are routed separately and merged cellwise.
 * Network edits and reached edges are not r5's to give; r5 applies its own scenarios.
 */
export class R5TravelTimeEngine implements TravelTimeEngine {
  private readonly http: R5HttpClient;

  constructor(private readonly config: R5Config) {
    this.http = new R5HttpClient({
      url: config.url.replace(/\/+$/, ''),
      authorization: config.authorization,
      timeoutMs: config.timeoutMs ?? R5_DEFAULTS.timeoutMs,
      maxRetries: config.maxRetries ?? R5_DEFAULTS.maxRetries,
    });
  }

  async travelTimes(query: TravelTimeQuery): Promise<Result<TravelTimeAnswer, DomainError>> {
    const { limit, mode, origins } = query;
    if (limit.kind !== 'time') {
      return err(new DomainError('routing.r5-distance-not-supported', 'validation', 'r5 limits searches by travel time only.'));
    }
    if (query.want.reachedEdges) {
      return err(new DomainError('routing.r5-network-not-supported', 'validation', 'r5 answers a travel-time grid, not reached streets.'));
    }
    if (origins.length === 0) return err(new DomainError('routing.no-origins', 'validation', 'Give at least one starting point.'));

    const search = { mode, maxSeconds: limit.maxSeconds, speedKmh: limit.speedKmh };
    const radius = reachRadiusMetres(search);
    // One zoom for every origin, so their grids can be merged cell by cell.
    const zoom = Math.min(...origins.map((origin) => zoomFor(boundsAround(origin, radius), query.want.grid?.zoom ?? DEFAULT_ZOOM)));
    const ids = { ...this.config, percentile: this.config.percentile ?? R5_DEFAULTS.percentile };

    const grids = await mapConcurrently(origins, this.config.concurrency ?? R5_DEFAULTS.concurrency, async (origin) => {
      const bytes = await this.http.analyse(r5AnalysisRequest({ ...search, origin, zoom }, ids));
      // We ask for one percentile, so the first channel is it.
      const grid = decodeAccessGrid(bytes).grids[0];
      // Grids at another zoom cannot be merged cell by cell: r5's answer is wrong, not ours (502, not 500).
      if (grid.zoom !== zoom) {
        throw new UpstreamFailureError('routing.r5-bad-response', `r5 answered a grid at zoom ${grid.zoom} instead of the requested ${zoom}.`);
      }
      return grid;
    });
    return ok({ grid: cellwiseMinimum(grids) });
  }
}
