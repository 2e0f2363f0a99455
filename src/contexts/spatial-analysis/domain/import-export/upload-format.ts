import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { ImportErrors } from './import.errors';

export type UploadFormat = 'geojson' | 'gpkg' | 'kml' | 'zip' | 'csv' | 'xlsx';

const BY_EXTENSION: Readonly<Record<string, UploadFormat>> = {
  geojson: 'geojson', json: 'geojson', gpkg: 'gpkg', kml: 'kml', zip: 'zip', csv: 'csv', xlsx: 'xlsx',
};

const LABEL: Readonly<Record<UploadFormat, string>> = {
  geojson: 'GeoJSON', gpkg: 'GeoPackage', kml: 'KML', zip: 'Zipped Shapefile', csv: 'CSV', xlsx: 'XLSX',
};

/** Tables (CSV, XLSX) are read in full in memory by GDAL, so they get GOAT's smaller limit. */
export const TABULAR_LIMIT_MEGABYTES = 100;

export const isTabular = (format: UploadFormat): boolean => format === 'csv' || format === 'xlsx';

export function uploadFormatOf(fileName: string): Result<UploadFormat, DomainError> {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = BY_EXTENSION[extension];
  return format ? ok(format) : err(ImportErrors.unsupportedFormat(extension));
}

export function limitMegabytesFor(format: UploadFormat, maxMegabytes: number): number {
  return isTabular(format) ? Math.min(maxMegabytes, TABULAR_LIMIT_MEGABYTES) : maxMegabytes;
}

export function checkedSize(format: UploadFormat, sizeBytes: number, maxMegabytes: number): Result<void, DomainError> {
  const limit = limitMegabytesFor(format, maxMegabytes);
  if (sizeBytes > limit * 1024 * 1024) return err(ImportErrors.tooLarge(limit, LABEL[format]));
  if (sizeBytes === 0) return err(ImportErrors.empty());
  return ok(undefined);
}
