import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yazl from 'yazl';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { ExportFormat } from '../../domain/import-export/export-format';
import { ExportErrors } from '../../domain/import-export/import.errors';
import type { ExportedArchive, ExportRequest, LayerFileWriter } from '../../ports/import-export/layer-file-writer.port';
import type { FeatureSource } from '../../ports/layers/layer-feature-store.port';
import { runGdal, withoutPaths } from './gdal-command';
import { writeGeoJsonLines } from './geojson-lines';

const DRIVERS: Readonly<Record<ExportFormat, { driver: string; extension: string }>> = {
  geojson: { driver: 'GeoJSON', extension: 'geojson' },
  gpkg: { driver: 'GPKG', extension: 'gpkg' },
  shp: { driver: 'ESRI Shapefile', extension: 'shp' },
  csv: { driver: 'CSV', extension: 'csv' },
  xlsx: { driver: 'XLSX', extension: 'xlsx' },
  kml: { driver: 'KML', extension: 'kml' },
};

const GDAL_TIMEOUT_MS = 10 * 60 * 1000;

function layerOptions(format: ExportFormat, source: FeatureSource): string[] {
  if (format === 'csv' && source.geometryType) return ['-lco', source.geometryType === 'point' ? 'GEOMETRY=AS_XY' : 'GEOMETRY=AS_WKT'];
  if (format === 'shp') return ['-lco', 'ENCODING=UTF-8'];
  if (format === 'geojson') return ['-lco', 'RFC7946=NO', '-lco', 'WRITE_NAME=NO'];
  return [];
}

async function zipFolder(folder: string, zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const name of (await readdir(folder)).sort()) zip.addFile(join(folder, name), name);
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(zipPath);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
}

/**
 * Features -> GeoJSONSeq -> ogr2ogr -> the chosen format (reprojected when asked), zipped with a
 * metadata text, all in a private folder under the upload directory that `release` removes.
 */
export class GdalLayerFileWriter implements LayerFileWriter {
  constructor(private readonly directory: string) {}

  async write(source: FeatureSource, request: ExportRequest): Promise<Result<ExportedArchive, DomainError>> {
    const work = join(this.directory, 'exports', newId());
    const content = join(work, 'content');
    const release = () => rm(work, { recursive: true, force: true });
    try {
      await mkdir(content, { recursive: true });
      const input = join(work, 'features.geojsonl');
      await writeGeoJsonLines(input, source.features());
      const { driver, extension } = DRIVERS[request.format];
      const target = join(content, `${request.fileName}.${extension}`);
      // Features arrive in EPSG:4326: declared as such, or reprojected from it when a CRS is asked for.
      const reprojection = request.crs ? ['-s_srs', 'EPSG:4326', '-t_srs', request.crs] : ['-a_srs', 'EPSG:4326'];
      const output = await runGdal(
        'ogr2ogr',
        ['-f', driver, target, input, '-nln', request.fileName, ...reprojection, ...layerOptions(request.format, source)],
        GDAL_TIMEOUT_MS,
      );
      if (output.code !== 0) {
        await release();
        const message = withoutPaths(output.stderr, work);
        if (request.crs && /srs|crs|projection/i.test(message)) return err(ExportErrors.unknownCrs(request.crs));
        throw new Error(`ogr2ogr could not write the export: ${message}`);
      }
      await writeFile(join(content, 'metadata.txt'), request.metadataText);
      const zipPath = join(work, `${request.fileName}.zip`);
      await zipFolder(content, zipPath);
      return ok({ path: zipPath, fileName: `${request.fileName}.zip`, release });
    } catch (error) {
      await release();
      throw error;
    }
  }
}

