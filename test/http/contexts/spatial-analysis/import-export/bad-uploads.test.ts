import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { userToken } from '../../../../support/test-app';
import { MONACO_POIS, zipOf } from '../../../../support/geodata-files';
import { writeRawZip } from '../../../../support/raw-zip';
import { importFile, jobEnded, uploadFile } from '../../../../support/workspace-jobs';
import { homeFolderOf, workspaceTestApp } from '../workspace-http-support';

jest.setTimeout(60_000);

const point = (x: number, y: number, props: Record<string, unknown> = {}) => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [x, y] } });

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('what bad uploads get (%s)', (_name, database) => {
  const uploads = mkdtempSync(join(tmpdir(), 'goat-upload-dir-'));
  const files = mkdtempSync(join(tmpdir(), 'goat-bad-files-'));
  const built = workspaceTestApp(database, { UPLOAD_DIR: uploads, UPLOAD_MAX_MB: '1' });
  const app = built.express;
  const suffix = `${Date.now()}${database ? 'db' : 'mem'}`;
  const alice = userToken(`alice-bad-${suffix}`);
  const bob = userToken(`bob-bad-${suffix}`);
  const file = (name: string, content: string | Buffer) => {
    const path = join(files, name);
    writeFileSync(path, content);
    return path;
  };
  const geojson = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  afterAll(async () => {
    await built.close();
    rmSync(files, { recursive: true, force: true });
    rmSync(uploads, { recursive: true, force: true });
  });

  /** Every refusal leaves nothing in UPLOAD_DIR: no dataset folder, no received file. */
  const leftovers = () => {
    const incoming = join(uploads, 'incoming');
    const received = existsSync(incoming) ? readdirSync(incoming) : [];
    const datasets = readdirSync(uploads).filter((name) => /^[0-9a-f-]{36}$/.test(name));
    return { received, datasets };
  };

  async function refused(path: string, status: number, code: string, fileName?: string, fields: Record<string, string> = {}) {
    const before = leftovers().datasets.length;
    const response = await uploadFile(app, alice, path, fields, fileName);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.detail).not.toMatch(new RegExp(uploads));
    expect(leftovers().received).toEqual([]);
    expect(leftovers().datasets).toHaveLength(before);
    return response.body as { detail: string; code: string };
  }

  it('refuses corrupt, empty and unsupported files', async () => {
    await refused(file('broken.geojson', '{"type": "FeatureCollection", "features": [ {"type": "Feat'), 422, 'import.file-unreadable');
    await refused(file('empty.geojson', ''), 422, 'import.file-empty');
    await refused(file('nothing.geojson', geojson([])), 422, 'import.file-empty');
    await refused(file('notes.txt', 'hello'), 415, 'import.unsupported-format');
    await refused(file('fake.gpkg', 'this is not a geopackage'), 422, 'import.file-unreadable');
  });

  it('refuses several layers, a missing CRS and mixed geometry types, naming them', async () => {
    const gpkg = join(files, 'two-layers.gpkg');
    execFileSync('ogr2ogr', ['-f', 'GPKG', gpkg, MONACO_POIS, '-nln', 'pois']);
    execFileSync('ogr2ogr', ['-f', 'GPKG', '-update', gpkg, MONACO_POIS, '-nln', 'more_pois']);
    expect((await refused(gpkg, 422, 'import.several-layers')).detail).toMatch(/pois, more_pois|more_pois, pois/);

    const shp = join(files, 'noprj');
    execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', shp, MONACO_POIS, '-nln', 'pois']);
    const zip = await zipOf(join(files, 'noprj.zip'), { 'pois.shp': join(shp, 'pois.shp'), 'pois.shx': join(shp, 'pois.shx'), 'pois.dbf': join(shp, 'pois.dbf') });
    await refused(zip, 422, 'import.crs-missing');

    const mixed = file('mixed.geojson', geojson([point(7.4, 43.7), { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[7.4, 43.7], [7.5, 43.8]] } }]));
    expect((await refused(mixed, 422, 'import.mixed-geometry-types')).detail).toMatch(/point, line/);
  });

  it('refuses zip archives with ../ or absolute paths, links, absurd expansion, or no shapefile', async () => {
    await refused(writeRawZip(join(files, 'escape.zip'), [{ name: '../evil.shp', data: Buffer.from('x') }]), 422, 'import.unsafe-archive');
    await refused(writeRawZip(join(files, 'absolute.zip'), [{ name: '/tmp/evil.shp', data: Buffer.from('x') }]), 422, 'import.unsafe-archive');
    await refused(writeRawZip(join(files, 'bomb.zip'), [{ name: 'bomb.shp', data: Buffer.alloc(200 * 1024 * 1024), deflate: true }]), 422, 'import.unsafe-archive');
    await refused(await zipOf(join(files, 'readme.zip'), { 'readme.txt': Buffer.from('no shapefile here') }, false), 422, 'import.archive-without-shapefile');
    expect(existsSync(join(tmpdir(), 'evil.shp'))).toBe(false);
    expect(existsSync(join(uploads, 'evil.shp'))).toBe(false);
  });

  it('refuses files over UPLOAD_MAX_MB with 413', async () => {
    const big = file('big.geojson', `${geojson([point(7.4, 43.7)]).slice(0, -2)}${' '.repeat(1.2 * 1024 * 1024)}]}`);
    await refused(big, 413, 'import.file-too-large');
  });

  it('reads CSV coordinates as WGS84 unless told otherwise; refuses a CSV without coordinates as a feature layer', async () => {
    const folderId = await homeFolderOf(app, alice);
    const noCoordinates = file('schools.csv', 'name,pupils\nÉcole A,320\nÉcole B,150\n');
    const upload = await uploadFile(app, alice, noCoordinates);
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ layer_type: 'table', feature_count: 2, data_types: { valid: { name: 'text', pupils: 'integer' } } });
    const asFeatures = await request(app).post('/api/v2/layer/feature-standard').set('Authorization', alice).send({ dataset_id: upload.body.dataset_id, folder_id: folderId, name: 'Schools' });
    expect(asFeatures.status).toBe(422);
    expect(asFeatures.body.code).toBe('import.coordinates-missing');
    const table = await importFile(app, alice, noCoordinates, { folderId, kind: 'table', name: 'Schools table' });
    expect(table.job.status_simple).toBe('finished');
    const layer = await request(app).get(`/api/v2/layer/${table.layerId}`).set('Authorization', alice);
    expect(layer.body).toMatchObject({ type: 'table', feature_count: 2, feature_layer_geometry_type: null, extent: null, attribute_mapping: { name: 'name', pupils: 'pupils' } });

    // Web Mercator coordinates read as WGS84 are out of range: said so, not stored somewhere in the sea.
    const mercator = file('mercator.csv', 'x,y,name\n826000,5423000,A\n');
    await refused(mercator, 422, 'import.coordinates-out-of-range');
    const told = await uploadFile(app, alice, mercator, { crs: 'EPSG:3857' });
    expect(told.status).toBe(201);
    expect(told.body).toMatchObject({ layer_type: 'feature', feature_layer_geometry_type: 'point', crs: 'EPSG:3857' });
  });

  it('answers 404 for an unknown dataset and for another user\'s dataset', async () => {
    const folderId = await homeFolderOf(app, alice);
    const unknown = await request(app).post('/api/v2/layer/feature-standard').set('Authorization', alice).send({ dataset_id: '01900000-0000-7000-8000-000000000000', folder_id: folderId, name: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('import.dataset-not-found');
    const alicesUpload = await uploadFile(app, alice, file('one.geojson', geojson([point(7.4, 43.7)])));
    const bobsFolder = await homeFolderOf(app, bob);
    const stolen = await request(app).post('/api/v2/layer/feature-standard').set('Authorization', bob).send({ dataset_id: alicesUpload.body.dataset_id, folder_id: bobsFolder, name: 'Stolen' });
    expect(stolen.status).toBe(404);
    expect(stolen.body.code).toBe('import.dataset-not-found');
    const intoBobsFolder = await request(app).post('/api/v2/layer/feature-standard').set('Authorization', alice).send({ dataset_id: alicesUpload.body.dataset_id, folder_id: bobsFolder, name: 'x' });
    expect(intoBobsFolder.body.code).toBe('workspace.folder-not-found');
  });

  it('repairs self-intersecting polygons on import and reports it (ST_MakeValid in PostGIS)', async () => {
    const folderId = await homeFolderOf(app, alice);
    const bowtie = { type: 'Feature', properties: { name: 'bowtie' }, geometry: { type: 'Polygon', coordinates: [[[7.4, 43.7], [7.42, 43.72], [7.42, 43.7], [7.4, 43.72], [7.4, 43.7]]] } };
    const { job } = await importFile(app, alice, file('bowtie.geojson', geojson([bowtie])), { folderId, name: 'Bowtie' });
    expect(job.status_simple).toBe('finished');
    expect(job.result).toMatchObject({ feature_count: 1, repaired_geometries: database ? 1 : null });
  });

  it('runs an import job as a 201 { job_id } and marks jobs read', async () => {
    const folderId = await homeFolderOf(app, alice);
    const upload = await uploadFile(app, alice, file('two.geojson', geojson([point(7.4, 43.7, { a: 1 }), point(7.41, 43.71, { a: 2 })])));
    const created = await request(app).post('/api/v2/layer/feature-standard').set('Authorization', alice).send({ dataset_id: upload.body.dataset_id, folder_id: folderId, name: 'Two' });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body)).toEqual(['job_id']);
    const job = await jobEnded(app, alice, created.body.job_id);
    expect(job.status_simple).toBe('finished');
    const marked = await request(app).put('/api/v2/job/read').set('Authorization', alice).send([created.body.job_id]);
    expect(marked.body).toEqual({ updated: 1 });
    const unread = await request(app).get('/api/v2/job?read=false&type=file_import').set('Authorization', alice);
    expect(unread.body.items.map((item: { id: string }) => item.id)).not.toContain(created.body.job_id);
  });
});
