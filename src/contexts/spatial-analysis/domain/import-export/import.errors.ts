import { DomainError } from '../../../../shared-kernel/domain-error';

const fileProblem = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError(`import.${code}`, 'validation', message, { ...details, errors: [{ pointer: '/body/file', message }] });

/** Why an uploaded file cannot become a layer; each names what is wrong. */
export const ImportErrors = {
  fileMissing: () => new DomainError('import.file-missing', 'validation', 'Send the file as the multipart field "file".', { errors: [{ pointer: '/body/file', message: 'is required' }] }),
  unsupportedFormat: (extension: string) =>
    new DomainError('import.unsupported-format', 'unsupported-media-type', `Files of type "${extension || 'unknown'}" are not supported; send GeoJSON, GeoPackage, KML, a zipped Shapefile, CSV or XLSX.`, { extension }),
  tooLarge: (limitMegabytes: number, format: string) =>
    new DomainError('import.file-too-large', 'payload-too-large', `${format} files may be at most ${limitMegabytes} MB.`, { limit_mb: limitMegabytes }),
  empty: () => fileProblem('file-empty', 'The file is empty or holds no features.'),
  unreadable: (detail: string) => fileProblem('file-unreadable', `The file could not be read as the format its name says: ${detail}`),
  severalLayers: (names: readonly string[]) =>
    fileProblem('several-layers', `The file holds ${names.length} layers (${names.slice(0, 5).join(', ')}); upload one layer per file.`, { layers: names }),
  missingCrs: () => fileProblem('crs-missing', 'The file says nothing about its coordinate reference system; add one (e.g. a .prj file).'),
  unknownCrs: (crs: string) => fileProblem('crs-unknown', `The coordinate reference system "${crs}" is unknown.`),
  mixedGeometries: (kinds: readonly string[]) =>
    fileProblem('mixed-geometry-types', `The file mixes geometry types (${kinds.join(', ')}); a layer holds points, lines or polygons, not several.`, { geometry_types: kinds }),
  unsupportedGeometry: (kind: string) => fileProblem('unsupported-geometry-type', `Geometries of type ${kind} are not supported.`),
  noCoordinates: () =>
    fileProblem('coordinates-missing', 'The table has neither longitude/latitude columns nor a WKT geometry column.'),
  coordinatesOutOfRange: () =>
    fileProblem('coordinates-out-of-range', 'Some coordinates lie outside the range of their coordinate reference system.'),
  unsafeArchive: (reason: string) => fileProblem('unsafe-archive', `The zip archive was refused: ${reason}.`),
  archiveWithoutShapefile: () => fileProblem('archive-without-shapefile', 'The zip archive holds no Shapefile (.shp with its .shx and .dbf).'),
  datasetNotFound: () =>
    new DomainError('import.dataset-not-found', 'not-found', 'The uploaded dataset was not found; it may have expired (datasets are kept 24 hours).'),
  wrongDatasetKind: (expected: string, actual: string) =>
    new DomainError('import.dataset-kind-mismatch', 'validation', `This dataset is a ${actual} and cannot become a ${expected} layer.`, {
      errors: [{ pointer: '/body/dataset_id', message: `is a ${actual}` }],
    }),
  geometryUnrepairable: (count: number) =>
    new DomainError('import.geometry-unrepairable', 'validation', `${count} geometries could not be repaired into the layer's geometry type.`, { count }),
  gdalMissing: () =>
    new DomainError('import.gdal-unavailable', 'unavailable', 'GDAL (ogr2ogr, ogrinfo) is not installed on this server; imports and exports are unavailable.'),
};

export const ExportErrors = {
  unsupportedForTables: (format: string) =>
    new DomainError('export.format-needs-geometry', 'validation', `A table without geometry cannot be exported as ${format}; use csv or xlsx.`, {
      errors: [{ pointer: '/body/file_type', message: 'needs geometry' }],
    }),
  unknownCrs: (crs: string) =>
    new DomainError('export.crs-unknown', 'validation', `The coordinate reference system "${crs}" is unknown.`, { errors: [{ pointer: '/body/crs', message: 'is unknown' }] }),
  queryNotSupported: (reason: string) =>
    new DomainError('export.query-not-supported', 'validation', `The filter cannot be applied: ${reason}.`, { errors: [{ pointer: '/body/query', message: reason }] }),
};
