import { BackgroundStreetEngine } from '../../../../../src/contexts/spatial-analysis/adapters/catchment/background-street-engine';
import type { BuiltInTravelTimeEngineHandle } from '../../../../../src/contexts/spatial-analysis/adapters/routing';
import type { TravelTimeQuery } from '../../../../../src/contexts/spatial-analysis/ports/routing/travel-time-engine.port';
import { ok } from '../../../../../src/shared-kernel/result';

const query: TravelTimeQuery = { origins: [{ lon: 7.42, lat: 43.73 }], mode: { kind: 'street', mode: 'walking' }, limit: { kind: 'time', maxSeconds: 600 }, want: {} };

/** A load the test finishes by hand, and an engine handle that records being closed. */
function controlledLoad() {
  let finish!: (handle: BuiltInTravelTimeEngineHandle) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<BuiltInTravelTimeEngineHandle>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const closed = { count: 0 };
  const handle = {
    engine: { travelTimes: async () => ok({ settledNodes: 7 }) },
    network: { nodeCount: 1, edgeCount: 1 },
    close: async () => void closed.count++,
  } as unknown as BuiltInTravelTimeEngineHandle;
  return { load: () => promise, finish: () => finish(handle), fail, closed };
}

describe('BackgroundStreetEngine', () => {
  it('answers 503 routing.street-network-loading while loading, and is not ready', async () => {
    const { load } = controlledLoad();
    const engine = new BackgroundStreetEngine(load);
    expect(engine.status).toBe('loading');
    const answer = await engine.travelTimes(query);
    expect(answer.ok || answer.error.code).toBe('routing.street-network-loading');
    expect(answer.ok || answer.error.kind).toBe('unavailable');
    await expect(engine.check()).rejects.toThrow('still loading');
  });

  it('serves once loaded, and closing stops the engine it loaded', async () => {
    const { load, finish, closed } = controlledLoad();
    const engine = new BackgroundStreetEngine(load);
    finish();
    expect(await engine.settled()).toBe('ready');
    await expect(engine.check()).resolves.toBeUndefined();
    expect(await engine.travelTimes(query)).toEqual(ok({ settledNodes: 7 }));
    await engine.close();
    expect(closed.count).toBe(1);
  });

  it('closes an engine that finishes loading after the app was closed', async () => {
    const { load, finish, closed } = controlledLoad();
    const engine = new BackgroundStreetEngine(load);
    const closing = engine.close();
    finish();
    await closing;
    expect(closed.count).toBe(1);
    expect(engine.status).toBe('loading');
  });

  it('reports a failed load as 503 routing.street-network-failed with the reason, and not ready', async () => {
    const { load, fail } = controlledLoad();
    const engine = new BackgroundStreetEngine(load, { error: () => undefined });
    fail(new Error('no such file'));
    expect(await engine.settled()).toBe('failed');
    expect(engine.problem()?.code).toBe('routing.street-network-failed');
    expect(engine.problem()?.message).toContain('no such file');
    await expect(engine.check()).rejects.toThrow('no such file');
  });

  it('without a network file tells how to configure one', async () => {
    const engine = new BackgroundStreetEngine(null);
    expect(engine.status).toBe('not-configured');
    await expect(engine.check()).resolves.toBeUndefined();
    const problem = engine.problem();
    expect(problem?.code).toBe('routing.street-network-not-configured');
    expect(problem?.message).toMatch(/STREET_NETWORK_PBF.*network:import/);
  });
});
