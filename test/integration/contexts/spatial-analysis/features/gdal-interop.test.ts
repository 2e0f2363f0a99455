import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { App } from '../../../../../src/platform/app';
import { startServer, type RunningServer } from '../../../../../src/platform/server';
import { STOP_ATTRIBUTES, STOPS } from '../../../../support/contracts/feature-store.contract';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { seedLayer } from '../../../../http/contexts/spatial-analysis/features/seed-layer';

const run = promisify(execFile);

/** GDAL's own clients against the composed app on PostGIS: what QGIS and ogr2ogr users will see. */
describe('GDAL reads our layers (OAPIF and MVT drivers)', () => {
  let app: App;
  let running: RunningServer;
  let layerId: string;
  let workDir: string;
  const gdal = (args: string[]) =>
    run(args[0], args.slice(1), { env: { ...process.env, GDAL_HTTP_HEADERS: `Authorization: ${userToken('gdal-user')}`, CPL_DEBUG: 'OFF' }, timeout: 60_000 });

  beforeAll(async () => {
    app = buildTestApp({ testUsers: true, database: true });
    layerId = (await seedLayer(app, 'gdal-user', 'Stops for GDAL', 'point', STOP_ATTRIBUTES, STOPS)).id;
    running = await startServer(app);
    workDir = mkdtempSync(join(tmpdir(), 'features-gdal-'));
  });
  afterAll(async () => {
    await running.shutdown();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('lists the collection through the OAPIF driver with a bearer header', async () => {
    const { stdout } = await gdal(['ogrinfo', '-ro', '-q', `OAPIF:${running.url}/api/v2/ogc`]);
    expect(stdout).toContain(layerId);
  });

  it('reads every feature with its attributes, and the counts match', async () => {
    const summary = await gdal(['ogrinfo', '-ro', '-so', `OAPIF:${running.url}/api/v2/ogc`, layerId]);
    expect(summary.stdout).toMatch(/Feature Count: 8/);
    expect(summary.stdout).toMatch(/population: Integer/);
    const all = await gdal(['ogrinfo', '-ro', `OAPIF:${running.url}/api/v2/ogc`, layerId]);
    expect(all.stdout.match(/OGRFeature\(/g)).toHaveLength(8);
    expect(all.stdout).toContain('Name (String) = Marienplatz');
    const filtered = await gdal(['ogrinfo', '-ro', '-where', 'population > 200', `OAPIF:${running.url}/api/v2/ogc`, layerId]);
    expect(filtered.stdout.match(/OGRFeature\(/g)).toHaveLength(4);
  });

  it('decodes our vector tile with the MVT driver, feature counts matching', async () => {
    const response = await fetch(`${running.url}/api/v2/ogc/collections/${layerId}/tiles/0/0/0`, { headers: { Authorization: userToken('gdal-user') } });
    expect(response.status).toBe(200);
    mkdirSync(join(workDir, '0', '0'), { recursive: true });
    const file = join(workDir, '0', '0', '0.pbf');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const { stdout } = await gdal(['ogrinfo', '-ro', '-al', `MVT:${file}`]);
    expect(stdout).toContain(`Layer name: ${layerId}`);
    expect(stdout.match(/OGRFeature\(/g)).toHaveLength(8);
    expect(stdout).toContain('Name (String) = Hauptbahnhof');
  });
});
