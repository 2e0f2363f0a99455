import { ComputeCatchmentArea } from '../../../../../src/contexts/spatial-analysis/application/catchment/compute-catchment-area.use-case';
import type { TimeGrid } from '../../../../../src/contexts/spatial-analysis/domain/routing/time-grid';
import type {
  ReachedEdge,
  TravelTimeAnswer,
  TravelTimeEngine,
  TravelTimeQuery,
} from '../../../../../src/contexts/spatial-analysis/ports/routing/travel-time-engine.port';
import { DomainError } from '../../../../../src/shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../../src/shared-kernel/result';
import { transitRequest, walkingRequest } from './catchment-area.mother';
import { coneGrid } from './time-grid.mother';

/** An engine that answers from memory: a hand-made grid and streets, and remembers what it was asked. */
class InMemoryTravelTimeEngine implements TravelTimeEngine {
  readonly queries: TravelTimeQuery[] = [];

  constructor(
    private readonly grid: TimeGrid,
    private readonly streets: ReachedEdge[] = [],
    private readonly failure?: DomainError,
  ) {}

  async travelTimes(query: TravelTimeQuery): Promise<Result<TravelTimeAnswer, DomainError>> {
    this.queries.push(query);
    if (this.failure) return err(this.failure);
    return ok({
      ...(query.want.grid && { grid: this.grid }),
      ...(query.want.reachedEdges && { reachedEdges: this.streets }),
      settledNodes: 42,
    });
  }
}

const streets: ReachedEdge[] = [{ edgeId: 7, coordinates: [[11.57, 48.13], [11.571, 48.13]], fromCost: 100, toCost: 200 }];

describe('ComputeCatchmentArea', () => {
  it('routes walking on the street engine at zoom 13 and returns nested polygons', async () => {
    const street = new InMemoryTravelTimeEngine(coneGrid(71, 30), streets);
    const result = await new ComputeCatchmentArea(street, null).execute(walkingRequest());
    if (!result.ok) throw result.error;
    expect(result.value.featureCollection.type).toBe('FeatureCollection');
    expect(result.value.featureCollection.features.map((f) => f.properties?.travel_cost)).toEqual([5, 10, 15, 20, 25]);
    expect(result.value.settledNodes).toBe(42);
    expect(street.queries).toEqual([
      {
        origins: walkingRequest().startingPoints,
        mode: { kind: 'street', mode: 'walking' },
        limit: { kind: 'time', maxSeconds: 1500, speedKmh: 5 },
        want: { grid: { zoom: 13 } },
      },
    ]);
  });

  it('asks for reached edges for a network output and passes scenario edits on', async () => {
    const street = new InMemoryTravelTimeEngine(coneGrid(11, 5), streets);
    const edits = { added: [], removedEdgeIds: [3], reweighted: [] };
    const result = await new ComputeCatchmentArea(street, null).execute({ ...walkingRequest({ output: { type: 'network' } }), edits });
    if (!result.ok) throw result.error;
    expect(street.queries[0]).toMatchObject({ want: { reachedEdges: true }, edits });
    expect(result.value.featureCollection.features).toEqual([
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[11.57, 48.13], [11.571, 48.13]] }, properties: { travel_cost: 5, cost: 200 / 60 } },
    ]);
  });

  it('sends public transport to the transit engine at zoom 9', async () => {
    const street = new InMemoryTravelTimeEngine(coneGrid(11, 5));
    const transit = new InMemoryTravelTimeEngine(coneGrid(41, 20));
    const result = await new ComputeCatchmentArea(street, transit).execute(transitRequest({ output: { type: 'rectangular_grid' } }));
    expect(result.ok).toBe(true);
    expect(street.queries).toHaveLength(0);
    expect(transit.queries[0]).toMatchObject({ mode: { kind: 'transit' }, want: { grid: { zoom: 9 } }, limit: { kind: 'time', maxSeconds: 3600 } });
  });

  it('answers public transport without r5 as unavailable', async () => {
    const result = await new ComputeCatchmentArea(new InMemoryTravelTimeEngine(coneGrid(11, 5)), null).execute(transitRequest());
    expect(!result.ok && result.error).toMatchObject({ kind: 'unavailable', code: 'routing.r5-not-configured' });
  });

  it('reports validation errors before the missing r5', async () => {
    const result = await new ComputeCatchmentArea(new InMemoryTravelTimeEngine(coneGrid(11, 5)), null).execute(
      transitRequest({ travelCost: { kind: 'time', maxTravelTimeMinutes: 120, steps: 3 } }),
    );
    expect(!result.ok && result.error).toMatchObject({ kind: 'validation', code: 'catchment.travel-time-out-of-range' });
  });

  it('passes the engine\'s expected failures through', async () => {
    const notConnected = new DomainError('routing.start-point-not-connected', 'rule-violation', 'No street near the starting point.');
    const engine = new InMemoryTravelTimeEngine(coneGrid(11, 5), [], notConnected);
    const result = await new ComputeCatchmentArea(engine, null).execute(walkingRequest());
    expect(!result.ok && result.error).toBe(notConnected);
  });

  it('times search, gridding, contouring and serialising, with shares adding up to one', async () => {
    let clock = 0;
    const slowEngine: TravelTimeEngine = {
      travelTimes: async () => {
        clock += 30;
        return ok({ grid: coneGrid(31, 14) });
      },
    };
    const now = () => (clock += 1);
    const result = await new ComputeCatchmentArea(slowEngine, null, now).execute(walkingRequest());
    if (!result.ok) throw result.error;
    const { ms, shares, totalMs } = result.value.timings;
    expect(ms.search).toBe(31);
    expect(ms.gridding).toBe(1);
    expect(ms.contouring).toBe(1);
    expect(ms.serialising).toBe(2);
    expect(totalMs).toBe(35);
    expect(shares.search + shares.gridding + shares.contouring + shares.serialising).toBeCloseTo(1, 10);
  });
});
