import type { ApiOperation } from '../../../../shared-kernel/api-description';
import { jobCreatedResponse } from '../jobs/job.schemas';
import { layerIdParams } from '../layers/layer.schemas';
import { createLayerBody, createLayerQuery, exportBody, uploadBody, uploadResponse } from './import-export.schemas';

const tag = 'Layer';

export const importExportOperations: ApiOperation[] = [
  { method: 'post', path: '/api/v2/layer/file-upload', tag, summary: 'Upload a GeoJSON, GeoPackage, KML, zipped Shapefile, CSV or XLSX file (multipart field "file") and check it', body: uploadBody, multipart: true, expensive: true, responses: { 201: { description: 'The checked dataset (kept 24 h)', schema: uploadResponse } } },
  { method: 'post', path: '/api/v2/layer/feature-standard', tag, summary: 'Import an uploaded dataset as a feature layer (a job)', query: createLayerQuery, body: createLayerBody, expensive: true, responses: { 201: { description: 'The import job', schema: jobCreatedResponse } } },
  { method: 'post', path: '/api/v2/layer/table', tag, summary: 'Import an uploaded dataset as a table without geometry (a job)', query: createLayerQuery, body: createLayerBody, expensive: true, responses: { 201: { description: 'The import job', schema: jobCreatedResponse } } },
  { method: 'post', path: '/api/v2/layer/:layer_id/export', tag, summary: 'Export a layer as geojson, gpkg, shp, csv, xlsx or kml (a zip)', params: layerIdParams, body: exportBody, expensive: true, responses: { 200: { description: 'A zip with the file and metadata.txt', contentType: 'application/zip' } } },
];
