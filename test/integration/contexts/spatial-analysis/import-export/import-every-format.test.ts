import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import yauzl from 'yauzl';
import { LAYER_FEATURE_STORE, type LayerFeatureStore, type SourceFeature } from '../../../../../src/contexts/spatial-analysis/ports/layers/layer-feature-store.port';
import { LAYER_REPOSITORY, type LayerRepository } from '../../../../../src/contexts/spatial-analysis/ports/layers/layer-repository.port';
import type { Layer, LayerId } from '../../../../../src/contexts/spatial-analysis/domain/layers/layer';
import { buildTestApp, userToken } from '../../../../support/test-app';
import { monacoPois, monacoPoisInEveryFormat } from '../../../../support/geodata-files';
import { importFile } from '../../../../support/workspace-jobs';

jest.setTimeout(120_000);

const ATTRIBUTES = ['osm_id', 'category', 'type', 'name', 'amenity', 'cuisine', 'shop', 'opening_hours', 'tourism', 'wheelchair'];

/** How each format renames an attribute: Shapefile cuts names to 10 characters, KML keeps `name` as the placemark's Name. */
const renamed: Record<string, (name: string) => string> = {
  zip: (name) => name.slice(0, 10),
  kml: (name) => (name === 'name' ? 'Name' : name),
};

async function storedFeatures(app: ReturnType<typeof buildTestApp>, layerId: string): Promise<{ layer: Layer; features: SourceFeature[] }> {
  const layer = (await app.container.resolve<LayerRepository>(LAYER_REPOSITORY).byId(layerId as LayerId))!;
  const features: SourceFeature[] = [];
  for await (const feature of app.container.resolve<LayerFeatureStore>(LAYER_FEATURE_STORE).read(layerId, layer.data.attributes)) features.push(feature);
  return { layer, features };
}

function unzip(zipPath: string, target: string): Promise<string[]> {
  return new Promise((done, fail) =>
    yauzl.open(zipPath, { lazyEntries: true }, (error, zip) => {
      if (error) return fail(error);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.openReadStream(entry, (openError, stream) => {
          if (openError) return fail(openError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            writeFileSync(join(target, entry.fileName), Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => done(names));
      zip.readEntry();
    }),
  );
}

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('importing every format built from monaco-pois.geojson (%s)', (_name, database) => {
  const built = buildTestApp({ testUsers: true, database, env: { JOB_QUEUE_NAME: `test-formats-${Date.now()}` } });
  const app = built.express;
  const alice = userToken(`alice-formats-${Date.now()}${database ? 'db' : 'mem'}`);
  const source = monacoPois();
  const byOsmId = new Map(source.map((feature) => [feature.properties.osm_id as string, feature]));
  let formats: Awaited<ReturnType<typeof monacoPoisInEveryFormat>>;
  let folderId: string;
  const imported: Record<string, string> = {};

  beforeAll(async () => {
    formats = await monacoPoisInEveryFormat();
    folderId = (await request(app).get('/api/v2/folder').set('Authorization', alice)).body.items[0].id;
  });
  afterAll(async () => {
    formats.cleanup();
    await built.close();
  });

  it.each(['geojson', 'gpkg', 'zip', 'kml', 'csv', 'wktcsv', 'xlsx'] as const)('imports %s with all 597 points and every attribute value', async (format) => {
    const { job, layerId } = await importFile(app, alice, formats.files[format], { folderId, name: `POIs from ${format}` });
    expect(job).toMatchObject({ status_simple: 'finished', progress: 100, layer_ids: [layerId], result: { feature_count: 597 } });
    expect(Object.values(job.status).map((step) => step.status)).toEqual(['finished', 'finished']);
    imported[format] = layerId;

    const layer = await request(app).get(`/api/v2/layer/${layerId}`).set('Authorization', alice);
    expect(layer.body).toMatchObject({ type: 'feature', feature_layer_type: 'standard', feature_layer_geometry_type: 'point', feature_count: 597 });
    expect(layer.body.size).toBeGreaterThan(0);
    const [[minX, minY], , [maxX, maxY]] = layer.body.extent.coordinates[0];
    expect([minX, minY, maxX, maxY].map((v: number) => Number(v.toFixed(5)))).toEqual([7.34915, 43.7184, 7.49059, 43.76939]);

    const { layer: stored, features } = await storedFeatures(built, layerId);
    expect(features).toHaveLength(597);
    const rename = renamed[format] ?? ((name: string) => name);
    const names = new Set(stored.data.attributes.map((attribute) => attribute.name));
    for (const attribute of ATTRIBUTES) expect(names).toContain(rename(attribute));
    const seen = new Set<string>();
    for (const feature of features) {
      const osmId = feature.properties[rename('osm_id')] as string;
      const original = byOsmId.get(osmId)!;
      expect(original).toBeDefined();
      seen.add(osmId);
      const [lon, lat] = (feature.geometry as { coordinates: number[] }).coordinates;
      expect(lon).toBeCloseTo(original.coordinates[0], 7);
      expect(lat).toBeCloseTo(original.coordinates[1], 7);
      for (const attribute of ATTRIBUTES) {
        const expected = original.properties[attribute] ?? null;
        const actual = feature.properties[rename(attribute)] ?? null;
        if (actual !== expected) throw new Error(`${format}: ${osmId}.${attribute} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
      }
    }
    expect(seen.size).toBe(597);
  });

  it.each(['geojson', 'gpkg', 'shp', 'kml', 'csv', 'xlsx'] as const)('exports as %s, and ogrinfo reads all 597 features back', async (fileType) => {
    const layerId = imported.geojson ?? (await importFile(app, alice, formats.files.geojson, { folderId })).layerId;
    const response = await request(app)
      .post(`/api/v2/layer/${layerId}/export`)
      .set('Authorization', alice)
      .send({ file_type: fileType, file_name: 'Monaco POIs', crs: fileType === 'gpkg' ? 'EPSG:3857' : undefined })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/zip/);
    expect(response.headers['content-disposition']).toMatch(/Monaco_POIs\.zip/);
    const folder = mkdtempSync(join(tmpdir(), 'goat-export-'));
    try {
      writeFileSync(join(folder, 'export.zip'), response.body as Buffer);
      const names = await unzip(join(folder, 'export.zip'), folder);
      expect(names).toContain('metadata.txt');
      expect(readFileSync(join(folder, 'metadata.txt'), 'utf8')).toMatch(/Features in layer: 597/);
      const data = names.find((name) => name.startsWith('Monaco_POIs.') && name.endsWith(fileType))!;
      expect(data).toBeDefined();
      const info = execFileSync('ogrinfo', ['-ro', '-so', '-al', ...(fileType === 'csv' ? ['-oo', 'X_POSSIBLE_NAMES=X', '-oo', 'Y_POSSIBLE_NAMES=Y'] : fileType === 'xlsx' ? ['--config', 'OGR_XLSX_HEADERS', 'FORCE'] : []), join(folder, data)], { encoding: 'utf8' });
      expect(info).toMatch(/Feature Count: 597/);
      if (fileType === 'gpkg') expect(info).toMatch(/ID\["EPSG",3857\]\]\s*$/m);
      if (fileType === 'geojson') expect(info).toMatch(/osm_id: String/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exports only what a CQL2-JSON filter keeps', async () => {
    const layerId = imported.geojson;
    const response = await request(app)
      .post(`/api/v2/layer/${layerId}/export`)
      .set('Authorization', alice)
      .send({ file_type: 'geojson', file_name: 'pharmacies', query: { op: '=', args: [{ property: 'amenity' }, 'pharmacy'] } })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    const folder = mkdtempSync(join(tmpdir(), 'goat-export-'));
    try {
      writeFileSync(join(folder, 'export.zip'), response.body as Buffer);
      await unzip(join(folder, 'export.zip'), folder);
      const exported = JSON.parse(readFileSync(join(folder, 'pharmacies.geojson'), 'utf8')) as { features: unknown[] };
      expect(exported.features).toHaveLength(source.filter((feature) => feature.properties.amenity === 'pharmacy').length);
      expect(exported.features.length).toBeGreaterThan(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
