import { gzipSync } from 'node:zlib';
import { R5TravelTimeEngine } from '../../../../../src/contexts/spatial-analysis/adapters/r5/r5-travel-time-engine';
import type { R5Config } from '../../../../../src/contexts/spatial-analysis/adapters/r5/r5-config';
import { latToPixel, lonToPixel, UNREACHED } from '../../../../../src/contexts/spatial-analysis/domain/routing/time-grid';
import type { TravelTimeQuery } from '../../../../../src/contexts/spatial-analysis/ports/routing/travel-time-engine.port';
import { encodeAccessGrid, type AccessGridHeader } from './access-grid.encoder';
import { closedPort, startFakeR5, type FakeR5, type FakeR5Handler } from './fake-r5-server';

const MUNICH = { lon: 11.5755, lat: 48.1374 };

const transitQuery = (overrides: Partial<TravelTimeQuery> = {}): TravelTimeQuery => ({
  origins: [MUNICH],
  mode: {
    kind: 'transit',
    modes: ['bus', 'tram', 'cable_car'],
    accessMode: 'walk',
    egressMode: 'bicycle',
    timeWindow: { weekday: 'saturday', fromTime: 25_200, toTime: 32_400 },
  },
  limit: { kind: 'time', maxSeconds: 3600 },
  want: { grid: { zoom: 9 } },
  ...overrides,
});

const header = (overrides: Partial<AccessGridHeader> = {}): AccessGridHeader => ({
  zoom: 9,
  west: Math.floor(lonToPixel(MUNICH.lon, 9)) - 1,
  north: Math.floor(latToPixel(MUNICH.lat, 9)) - 1,
  width: 3,
  height: 3,
  ...overrides,
});

const GRID_MINUTES = [[9, 5, 9, 5, 0, 5, 9, 5, UNREACHED]];
const grid = (h = header(), minutes = GRID_MINUTES) => encodeAccessGrid(h, minutes);

const sendGrid = (bytes: Buffer, gzip = false): FakeR5Handler => (res) => {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  res.end(gzip ? gzipSync(bytes) : bytes);
};

let server: FakeR5 | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const engineFor = async (handler: FakeR5Handler, config: Partial<R5Config> = {}) => {
  server = await startFakeR5(handler);
  return new R5TravelTimeEngine({
    url: server.url,
    regionId: 'region-1',
    projectId: 'project-1',
    bundleId: 'bundle-1',
    workerVersion: 'v7.6',
    authorization: 'Bearer test-token',
    timeoutMs: 5000,
    maxRetries: 3,
    ...config,
  });
};

const gridOf = async (engine: R5TravelTimeEngine, query = transitQuery()) => {
  const result = await engine.travelTimes(query);
  if (!result.ok) throw result.error;
  if (!result.value.grid) throw new Error('no grid');
  return result.value.grid;
};

describe('R5TravelTimeEngine against a local r5 stand-in', () => {
  it('posts an AnalysisRequest with the headers r5 needs and decodes the grid in seconds', async () => {
    const engine = await engineFor(sendGrid(grid()));
    const answer = await gridOf(engine);
    expect(answer).toMatchObject({ zoom: 9, width: 3, height: 3, unit: 'seconds' });
    expect(Array.from(answer.values)).toEqual([540, 300, 540, 300, 0, 300, 540, 300, UNREACHED]);

    const [request] = server!.requests;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/analysis');
    expect(request.headers.accept).toBe('application/octet-stream');
    expect(request.headers['accept-encoding']).toContain('gzip');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.authorization).toBe('Bearer test-token');
    expect(request.body).toMatchObject({
      regionId: 'region-1',
      projectId: 'project-1',
      bundleId: 'bundle-1',
      workerVersion: 'v7.6',
      fromLat: MUNICH.lat,
      fromLon: MUNICH.lon,
      zoom: 9,
      date: '2025-02-22',
      fromTime: 25_200,
      toTime: 32_400,
      accessModes: 'WALK',
      directModes: 'WALK',
      egressModes: 'BICYCLE',
      transitModes: 'BUS,TRAM,CABLE_CAR',
      walkSpeed: 1.39,
      bikeSpeed: 4.17,
      maxWalkTime: 20,
      maxBikeTime: 20,
      maxRides: 4,
      monteCarloDraws: 200,
      bikeTrafficStress: 4,
      maxTripDurationMinutes: 60,
      percentiles: [50],
      destinationPointSetIds: [],
    });
    const bounds = request.body.bounds as { north: number; south: number; east: number; west: number };
    // 60 min at 80 km/h: 80 km each way.
    expect((bounds.north - MUNICH.lat) * 111_320).toBeCloseTo(80_000, -2);
    expect(bounds.south).toBeCloseTo(2 * MUNICH.lat - bounds.north, 9);
    expect(bounds.east).toBeGreaterThan(MUNICH.lon + 1);
    expect(bounds.west).toBeLessThan(MUNICH.lon - 1);
  });

  it('maps weekday and sunday windows to GOAT\'s fixed dates', async () => {
    const engine = await engineFor(sendGrid(grid()));
    for (const weekday of ['weekday', 'sunday'] as const) {
      const q = transitQuery();
      if (q.mode.kind !== 'transit') throw new Error('transit expected');
      await gridOf(engine, { ...q, mode: { ...q.mode, timeWindow: { weekday, fromTime: 0, toTime: 3600 } } });
    }
    expect(server!.requests.map((r) => r.body.date)).toEqual(['2025-02-18', '2025-02-23']);
  });

  it('sends street modes street-only with their own speed, and clamps the zoom to r5\'s 9–12', async () => {
    const engine = await engineFor(sendGrid(grid(header({ zoom: 12 }))));
    await gridOf(engine, {
      origins: [MUNICH],
      mode: { kind: 'street', mode: 'pedelec' },
      limit: { kind: 'time', maxSeconds: 1200, speedKmh: 23 },
      want: { grid: { zoom: 13 } },
    });
    expect(server!.requests[0].body).toMatchObject({
      accessModes: 'BICYCLE',
      directModes: 'BICYCLE',
      transitModes: '',
      bikeSpeed: 23 / 3.6,
      walkSpeed: 1.39,
      zoom: 12,
      maxTripDurationMinutes: 20,
    });
  });

  it('gunzips a gzip-encoded grid', async () => {
    const engine = await engineFor(sendGrid(grid(), true));
    expect(Array.from((await gridOf(engine)).values)).toEqual([540, 300, 540, 300, 0, 300, 540, 300, UNREACHED]);
  });

  it('retries a 202 after the Retry-After it gives, then decodes the grid', async () => {
    const engine = await engineFor((res, _req, n) => {
      if (n < 2) {
        res.writeHead(202, { 'Content-Type': 'application/json', 'Retry-After': '1' });
        res.end(JSON.stringify({ message: 'Starting routing server. Expect status updates within a few minutes.' }));
      } else sendGrid(grid())(res, _req, n);
    });
    await gridOf(engine);
    const [first, second, third] = server!.requests.map((r) => r.at);
    expect(server!.requests).toHaveLength(3);
    expect(second - first).toBeGreaterThanOrEqual(950);
    expect(third - second).toBeGreaterThanOrEqual(950);
  });

  it('gives up with a timeout when r5 stays not ready beyond the retries', async () => {
    const engine = await engineFor(
      (res) => {
        res.writeHead(202, { 'Retry-After': '0' });
        res.end(JSON.stringify({ message: 'Building network' }));
      },
      { maxRetries: 2 },
    );
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({
      name: 'UpstreamTimeoutError',
      code: 'routing.r5-timeout',
      kind: 'upstream-timeout',
      details: expect.objectContaining({ attempts: 3, r5Message: 'Building network' }),
    });
    expect(server!.requests).toHaveLength(3);
  });

  it('never waits past its deadline for a long Retry-After', async () => {
    const engine = await engineFor(
      (res) => {
        res.writeHead(202, { 'Retry-After': '30' });
        res.end('{"message":"Starting routing server"}');
      },
      { timeoutMs: 400 },
    );
    const started = Date.now();
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({ code: 'routing.r5-timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports r5\'s message from a 400 JSON body as an upstream failure', async () => {
    const engine = await engineFor((res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify([{ title: 'Scenario application failed', messages: ['Unknown route id 42'] }]));
    });
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({
      name: 'UpstreamFailureError',
      code: 'routing.r5-rejected',
      kind: 'upstream-failure',
      message: expect.stringContaining('Unknown route id 42'),
    });
  });

  it('reads a {message} 400 body too', async () => {
    const engine = await engineFor((res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'Routing server timed out' }));
    });
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({
      code: 'routing.r5-rejected',
      details: expect.objectContaining({ r5Message: 'Routing server timed out' }),
    });
  });

  it('treats other statuses as upstream failures', async () => {
    const engine = await engineFor((res) => {
      res.writeHead(500);
      res.end('boom');
    });
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({ code: 'routing.r5-failed', details: expect.objectContaining({ status: 500 }) });
  });

  it.each([
    ['garbage', () => Buffer.from('<html>proxy error</html>')],
    ['a grid cut short', () => grid().subarray(0, 50)],
  ])('refuses %s as a bad response', async (_what, body) => {
    const engine = await engineFor(sendGrid(body()));
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({ name: 'UpstreamFailureError', code: 'routing.r5-bad-response' });
  });

  it('refuses a grid at another zoom than requested as a bad response', async () => {
    const engine = await engineFor(sendGrid(grid(header({ zoom: 10 }))));
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({ name: 'UpstreamFailureError', code: 'routing.r5-bad-response' });
  });

  it('asks r5 about no further origin once one has failed', async () => {
    // Two at a time: the first origin fails at once while the second is still being answered.
    const engine = await engineFor((res, req, n) => {
      if (n === 0) {
        res.writeHead(500);
        res.end();
      } else setTimeout(() => sendGrid(grid())(res, req, n), 50);
    }, { concurrency: 2, maxRetries: 0 });
    const origins = [0, 0.02, 0.04, 0.06].map((d) => ({ lon: MUNICH.lon + d, lat: MUNICH.lat }));
    await expect(engine.travelTimes(transitQuery({ origins }))).rejects.toMatchObject({ code: 'routing.r5-failed' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server!.requests).toHaveLength(2);
  });

  it('refuses a body that breaks off before its announced length', async () => {
    const engine = await engineFor((res) => {
      const bytes = grid();
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(bytes.length) });
      res.write(bytes.subarray(0, 40));
      setTimeout(() => res.destroy(), 20);
    });
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({ code: 'routing.r5-bad-response' });
  });

  it('refuses a corrupt gzip body as a bad response', async () => {
    const engine = await engineFor((res) => {
      const zipped = gzipSync(grid());
      res.writeHead(200, { 'Content-Encoding': 'gzip' });
      res.end(zipped.subarray(0, zipped.length - 12));
    });
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({ code: 'routing.r5-bad-response' });
  });

  it('times out when r5 never answers', async () => {
    const engine = await engineFor(() => undefined, { timeoutMs: 300 });
    const started = Date.now();
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({
      name: 'UpstreamTimeoutError',
      code: 'routing.r5-timeout',
      kind: 'upstream-timeout',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a refused connection as an upstream failure', async () => {
    const engine = new R5TravelTimeEngine({
      url: `http://127.0.0.1:${await closedPort()}`,
      regionId: 'r',
      projectId: 'p',
      bundleId: 'b',
      workerVersion: 'v7.6',
      timeoutMs: 2000,
      maxRetries: 0,
    });
    await expect(engine.travelTimes(transitQuery())).rejects.toMatchObject({
      name: 'UpstreamFailureError',
      code: 'routing.r5-unreachable',
      details: { cause: 'ECONNREFUSED' },
    });
  });

  it('routes each origin separately and keeps the quickest time per cell', async () => {
    const h = header();
    const engine = await engineFor((res, req) => {
      // The first origin is quick on the left, the second on the right, over overlapping extents.
      const fromWest = (req.body.fromLon as number) < MUNICH.lon + 0.01;
      const bytes = fromWest
        ? encodeAccessGrid(h, [[1, 2, 3, 1, 2, 3, 1, 2, 3]])
        : encodeAccessGrid({ ...h, west: h.west + 1 }, [[3, 2, 1, 3, 2, 1, 3, 2, 1]]);
      sendGrid(bytes)(res, req, 0);
    });
    const answer = await gridOf(engine, transitQuery({ origins: [MUNICH, { lon: MUNICH.lon + 0.02, lat: MUNICH.lat }] }));
    expect(server!.requests).toHaveLength(2);
    expect(answer).toMatchObject({ west: h.west, width: 4, height: 3 });
    expect(Array.from(answer.values).map((s) => s / 60)).toEqual([1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1]);
  });

  it('returns, without calling r5, what r5 cannot answer', async () => {
    const engine = await engineFor(sendGrid(grid()));
    const byDistance = await engine.travelTimes(transitQuery({ limit: { kind: 'distance', maxMetres: 1000 } }));
    expect(!byDistance.ok && byDistance.error).toMatchObject({ code: 'routing.r5-distance-not-supported', kind: 'validation' });
    const network = await engine.travelTimes(transitQuery({ want: { reachedEdges: true } }));
    expect(!network.ok && network.error.code).toBe('routing.r5-network-not-supported');
    expect(server!.requests).toHaveLength(0);
  });
});
