/** What a layer can be exported to, with ogr2ogr's name for it and the file extension. */
export type ExportFormat = 'geojson' | 'gpkg' | 'shp' | 'csv' | 'xlsx' | 'kml';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['geojson', 'gpkg', 'shp', 'csv', 'xlsx', 'kml'];

/** Formats that carry no geometry and so suit tables too. */
export const TABULAR_EXPORTS: readonly ExportFormat[] = ['csv', 'xlsx'];

/** A file name a planner chose, cut down to characters safe on every file system. */
export function safeFileName(raw: string): string {
  const cleaned = raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 100);
  return cleaned.length > 0 ? cleaned : 'export';
}
