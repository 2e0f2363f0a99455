import { copyFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import { isUuid, newId } from '../../../../shared-kernel/ids';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { DATASET_LIFETIME_HOURS, isExpired, type Dataset, type DatasetId } from '../../domain/import-export/dataset';
import { ImportErrors } from '../../domain/import-export/import.errors';
import { isTabular, type UploadFormat } from '../../domain/import-export/upload-format';
import type { GeometryKind } from '../../domain/layers/layer';
import { geometryKindOf } from '../../domain/layers/layer-geometry';
import type { AcceptOptions, DatasetFiles, ReceivedFile } from '../../ports/import-export/dataset-files.port';
import type { FeatureSource } from '../../ports/layers/layer-feature-store.port';
import { readGeoJsonLines } from './geojson-lines';
import { runGdal, withoutPaths } from './gdal-command';
import { parseOgrInfo } from './ogr-layer-info';
import { extractZipSafely } from './safe-zip-extract';

const NORMALIZED = 'features.geojsonl';
const METADATA = 'dataset.json';
const GDAL_TIMEOUT_MS = 10 * 60 * 1000;
const SWEEP_INTERVAL_MS = 5 * 60 * 1000;

/** Where CSV/XLSX keep coordinates: the column names GDAL should try (case-insensitive). */
const CSV_OPEN_OPTIONS = [
  '-oo', 'X_POSSIBLE_NAMES=lon,lng,long,longitude,x,x_coord,xcoord,easting',
  '-oo', 'Y_POSSIBLE_NAMES=lat,latitude,y,y_coord,ycoord,northing',
  '-oo', 'GEOM_POSSIBLE_NAMES=wkt,geom,geometry,the_geom,wkt_geom',
  '-oo', 'KEEP_GEOM_COLUMNS=NO',
  '-oo', 'AUTODETECT_TYPE=YES',
  '-oo', 'EMPTY_STRING_AS_NULL=YES',
];

const fail = (error: DomainError): Result<never, DomainError> => err(error);

/**
 * Datasets on disk under UPLOAD_DIR/<dataset id>/: the original upload, its features normalized by
 * ogr2ogr to GeoJSONSeq in EPSG:4326 (2D), and dataset.json. Nothing is written outside that
 * directory; a refused upload leaves nothing behind.
 */
export class GdalDatasetFiles implements DatasetFiles {
  private lastSweep: number | null = null;

  constructor(
    private readonly directory: string,
    private readonly maxMegabytes: number,
  ) {}

  async accept(file: ReceivedFile, options: AcceptOptions): Promise<Result<Dataset, DomainError>> {
    const id = newId<'Dataset'>();
    const folder = join(this.directory, id);
    try {
      await mkdir(folder, { recursive: true });
      const source = join(folder, `source${options.format === 'zip' ? '.zip' : extname(file.originalName).toLowerCase()}`);
      await this.moveInto(file.path, source);
      const readable = await this.readablePath(source, folder, options.format);
      if (!readable.ok) return this.refused(folder, readable);
      const described = await this.describe(readable.value, folder, options);
      if (!described.ok) return this.refused(folder, described);
      const dataset: Dataset = {
        id,
        ownerId: options.ownerId,
        fileName: basename(file.originalName),
        format: options.format,
        ...described.value,
        sizeBytes: file.sizeBytes,
        createdAt: options.now,
        expiresAt: new Date(options.now.getTime() + DATASET_LIFETIME_HOURS * 3600 * 1000),
      };
      // Written whole or not at all: a concurrent reader never sees half a dataset.json.
      const partial = join(folder, `${METADATA}.partial`);
      await writeFile(partial, JSON.stringify(dataset));
      await rename(partial, join(folder, METADATA));
      return ok(dataset);
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    } finally {
      await rm(file.path, { force: true });
    }
  }

  async reject(file: ReceivedFile): Promise<void> {
    await rm(file.path, { force: true });
  }

  async byId(id: DatasetId): Promise<Dataset | null> {
    if (!isUuid(id)) return null;
    try {
      const stored = JSON.parse(await readFile(join(this.directory, id, METADATA), 'utf8')) as Dataset & { createdAt: string; expiresAt: string };
      const dataset: Dataset = { ...stored, createdAt: new Date(stored.createdAt), expiresAt: new Date(stored.expiresAt) };
      return isExpired(dataset, new Date()) ? null : dataset;
    } catch {
      return null;
    }
  }

  async open(dataset: Dataset, attributes: FeatureSource['attributes']): Promise<FeatureSource> {
    const path = join(this.directory, dataset.id, NORMALIZED);
    await stat(path);
    return { geometryType: dataset.geometryType, attributes, features: () => readGeoJsonLines(path) };
  }

  async discard(id: DatasetId): Promise<void> {
    if (isUuid(id)) await rm(join(this.directory, id), { recursive: true, force: true });
  }

  async discardExpired(now: Date): Promise<number> {
    // Uploads call this every time; reading every dataset folder once per upload is wasted work.
    if (this.lastSweep !== null && now.getTime() - this.lastSweep < SWEEP_INTERVAL_MS && now.getTime() >= this.lastSweep) return 0;
    this.lastSweep = now.getTime();
    let removed = 0;
    const entries = await readdir(this.directory, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() || !isUuid(entry.name)) continue;
      try {
        if (await this.sweepOne(join(this.directory, entry.name), now)) removed++;
      } catch {
        // Another upload or request is busy with this folder (half-written, just removed): next sweep.
        continue;
      }
    }
    return removed;
  }

  private async sweepOne(folder: string, now: Date): Promise<boolean> {
    const metadata = await readFile(join(folder, METADATA), 'utf8').catch(() => null);
    const expiresAt = metadata ? new Date((JSON.parse(metadata) as { expiresAt: string }).expiresAt) : null;
    const age = now.getTime() - (await stat(folder)).mtimeMs;
    // A folder without metadata is an upload that died half-way; an hour is plenty to finish one.
    if ((expiresAt && expiresAt.getTime() <= now.getTime()) || (!expiresAt && age > 3600 * 1000)) {
      await rm(folder, { recursive: true, force: true });
      return true;
    }
    return false;
  }

  private async refused<T>(folder: string, result: Result<T, DomainError>): Promise<Result<T, DomainError>> {
    await rm(folder, { recursive: true, force: true });
    return result;
  }

  private async moveInto(from: string, to: string): Promise<void> {
    try {
      await rename(from, to);
    } catch {
      await copyFile(from, to); // another file system
    }
  }

  /** The path GDAL should open: a zip's single shapefile, an XLSX converted to CSV, or the file itself. */
  private async readablePath(source: string, folder: string, format: UploadFormat): Promise<Result<string, DomainError>> {
    if (format === 'zip') {
      const unpacked = join(folder, 'unpacked');
      await mkdir(unpacked);
      const extracted = await extractZipSafely(source, unpacked, { maxEntries: 1000, maxTotalBytes: this.maxMegabytes * 4 * 1024 * 1024, maxRatio: 100 });
      if (!extracted.ok) return fail(ImportErrors.unsafeArchive(extracted.reason));
      const shapefiles = extracted.files.filter((path) => extname(path).toLowerCase() === '.shp' && !basename(path).startsWith('._'));
      if (shapefiles.length === 0) return fail(ImportErrors.archiveWithoutShapefile());
      if (shapefiles.length > 1) return fail(ImportErrors.severalLayers(shapefiles.map((path) => basename(path, extname(path)))));
      const stem = shapefiles[0].slice(0, -4).toLowerCase();
      const companions = extracted.files.map((path) => path.toLowerCase());
      if (!companions.includes(`${stem}.shx`) || !companions.includes(`${stem}.dbf`)) return fail(ImportErrors.archiveWithoutShapefile());
      if (!companions.includes(`${stem}.prj`)) return fail(ImportErrors.missingCrs());
      return ok(shapefiles[0]);
    }
    if (format === 'xlsx') {
      // Planners' sheets have a header row; GDAL's guess fails when every cell is text.
      const headers = ['--config', 'OGR_XLSX_HEADERS', 'FORCE'];
      const layers = await this.layersOf(source, folder, headers);
      if (!layers.ok) return layers;
      if (layers.value.length > 1) return fail(ImportErrors.severalLayers(layers.value.map((layer) => layer.name)));
      const csv = join(folder, 'sheet.csv');
      const converted = await runGdal('ogr2ogr', ['-f', 'CSV', csv, source, ...headers], GDAL_TIMEOUT_MS);
      if (converted.code !== 0) return fail(ImportErrors.unreadable(withoutPaths(converted.stderr, folder)));
      return ok(csv);
    }
    return ok(source);
  }

  private async layersOf(path: string, folder: string, openOptions: readonly string[]) {
    const info = await runGdal('ogrinfo', ['-ro', '-so', '-al', '-nomd', ...openOptions, path], GDAL_TIMEOUT_MS);
    if (info.code !== 0) return fail(ImportErrors.unreadable(withoutPaths(info.stderr || info.stdout, folder) || 'GDAL could not open it'));
    return ok(parseOgrInfo(info.stdout));
  }

  /** GDAL's view of the file, then every feature read once: one layer, a CRS, one geometry kind. */
  private async describe(path: string, folder: string, options: AcceptOptions) {
    const tabular = isTabular(options.format);
    const openOptions = tabular ? CSV_OPEN_OPTIONS : [];
    const layers = await this.layersOf(path, folder, openOptions);
    if (!layers.ok) return layers;
    if (layers.value.length === 0) return fail(ImportErrors.empty());
    if (layers.value.length > 1) return fail(ImportErrors.severalLayers(layers.value.map((layer) => layer.name)));
    const [layer] = layers.value;
    if (!tabular && !layer.referenceSystem) return fail(ImportErrors.missingCrs());

    const normalized = join(folder, NORMALIZED);
    const sourceCrs = tabular ? ['-s_srs', options.assumedCrs ?? 'EPSG:4326'] : [];
    const converted = await runGdal(
      'ogr2ogr',
      ['-f', 'GeoJSONSeq', normalized, path, ...openOptions, ...sourceCrs, '-t_srs', 'EPSG:4326', '-dim', 'XY', '-lco', 'COORDINATE_PRECISION=9', '-nln', 'features'],
      GDAL_TIMEOUT_MS,
    );
    if (converted.code !== 0) {
      const message = withoutPaths(converted.stderr, folder);
      return fail(/srs|crs|projection|EPSG/i.test(message) && tabular ? ImportErrors.unknownCrs(options.assumedCrs ?? 'EPSG:4326') : ImportErrors.unreadable(message));
    }
    const kinds = new Set<GeometryKind>();
    const unsupported = new Set<string>();
    let count = 0;
    let outOfRange = false;
    for await (const feature of readGeoJsonLines(normalized)) {
      count++;
      if (!feature.geometry) continue;
      const kind = geometryKindOf(feature.geometry);
      if (kind) kinds.add(kind);
      else unsupported.add(feature.geometry.type);
      if (!outOfRange && !withinWgs84(feature.geometry)) outOfRange = true;
    }
    if (count === 0) return fail(ImportErrors.empty());
    if (unsupported.size > 0) return fail(ImportErrors.unsupportedGeometry([...unsupported].join(', ')));
    if (kinds.size > 1) return fail(ImportErrors.mixedGeometries([...kinds]));
    if (outOfRange) return fail(ImportErrors.coordinatesOutOfRange());
    const geometryType = kinds.size === 1 ? [...kinds][0] : null;
    return ok({
      layerType: geometryType ? ('feature' as const) : ('table' as const),
      geometryType,
      fields: layer.fields,
      featureCount: count,
      referenceSystem: geometryType ? (tabular ? (options.assumedCrs ?? 'EPSG:4326') : layer.referenceSystem) : null,
    });
  }
}

function withinWgs84(geometry: import('geojson').Geometry): boolean {
  const check = (position: number[]): boolean => Math.abs(position[0]) <= 180 && Math.abs(position[1]) <= 90;
  switch (geometry.type) {
    case 'Point': return check(geometry.coordinates);
    case 'MultiPoint': case 'LineString': return geometry.coordinates.every(check);
    case 'MultiLineString': case 'Polygon': return geometry.coordinates.every((ring) => ring.every(check));
    case 'MultiPolygon': return geometry.coordinates.every((polygon) => polygon.every((ring) => ring.every(check)));
    default: return true;
  }
}
