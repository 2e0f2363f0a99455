import path from 'node:path';
import { createBuiltInTravelTimeEngine, type BuiltInTravelTimeEngineHandle } from '../../../../../src/contexts/spatial-analysis/adapters/routing';
import { BuiltInTravelTimeEngine } from '../../../../../src/contexts/spatial-analysis/adapters/routing/built-in-travel-time-engine';
import { DomainError } from '../../../../../src/shared-kernel/domain-error';
import { buildDist, DIST_ROUTING, ROOT } from './compiled-build';
import type { TravelTimeQuery } from '../../../../../src/contexts/spatial-analysis/ports/routing/travel-time-engine.port';

const PBF = path.resolve(ROOT, '../shared/data/osm/porto-alegre-central.osm.pbf');
const WORKER = path.join(DIST_ROUTING, 'travel-time-worker.js');

const walk = (lon: number, lat: number, maxSeconds = 900): TravelTimeQuery => ({
  origins: [{ lon, lat }],
  mode: { kind: 'street', mode: 'walking' },
  limit: { kind: 'time', maxSeconds },
  want: { reachedEdges: true, grid: { zoom: 13 } },
});

describe('built-in engine on the worker pool', () => {
  let handle: BuiltInTravelTimeEngineHandle;
  let inThread: BuiltInTravelTimeEngine;

  beforeAll(async () => {
    buildDist();
    handle = await createBuiltInTravelTimeEngine({ pbfPath: PBF, workers: 2, workerScript: WORKER });
    inThread = new BuiltInTravelTimeEngine(handle.network);
  }, 180_000);

  afterAll(async () => {
    await handle?.close();
  });

  const origins = [
    [-51.2287, -30.0277],
    [-51.2176, -30.0346],
    [-51.1944, -30.0425],
    [-51.1802, -30.0611],
  ] as const;

  it('answers like the in-thread engine, grid included', async () => {
    for (const [lon, lat] of origins) {
      const [pooled, local] = await Promise.all([handle.engine.travelTimes(walk(lon, lat)), inThread.travelTimes(walk(lon, lat))]);
      if (!pooled.ok || !local.ok) throw new Error('search failed');
      expect(pooled.value.settledNodes).toBe(local.value.settledNodes);
      // Jest runs tests in another realm: compare the constructor by name.
      expect(pooled.value.grid?.values.constructor.name).toBe('Int32Array');
      expect(Array.from(pooled.value.grid!.values)).toEqual(Array.from(local.value.grid!.values));
      expect(pooled.value.reachedEdges).toEqual(local.value.reachedEdges);
    }
  });

  it('serves parallel requests while the event loop stays free', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const car = (lon: number, lat: number): TravelTimeQuery => ({
      origins: [{ lon, lat }],
      mode: { kind: 'street', mode: 'car' },
      limit: { kind: 'time', maxSeconds: 1800 },
      want: { grid: { zoom: 11 } },
    });
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => handle.engine.travelTimes(car(origins[i % origins.length][0], origins[i % origins.length][1]))));
    clearInterval(timer);
    expect(results.every((r) => r.ok)).toBe(true);
    // The main thread kept ticking while the workers searched.
    expect(ticks).toBeGreaterThan(Math.min(5, (Date.now() - started) / 10));
  });

  it('returns expected failures as DomainErrors across the thread boundary', async () => {
    const far = await handle.engine.travelTimes(walk(-40, -20));
    expect(far.ok).toBe(false);
    if (far.ok) return;
    expect(far.error).toBeInstanceOf(DomainError);
    expect(far.error.code).toBe('routing.start-point-not-connected');
    expect(far.error.kind).toBe('validation');
    expect(far.error.details?.point).toEqual({ lon: -40, lat: -20 });
    const tooLong = await handle.engine.travelTimes(walk(-51.2287, -30.0277, 999_999));
    expect(!tooLong.ok && tooLong.error.code).toBe('routing.invalid-query');
  });
});
