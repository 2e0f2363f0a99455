import type { Request } from 'express';
import type { FeatureLayer } from '../../domain/features/feature-layer';
import type { LayerFeature } from '../../domain/features/layer-feature';
import type { Layer } from '../../domain/layers/layer';

export const OGC_BASE = '/api/v2/ogc';
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const GEOJSON = 'application/geo+json';

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
  'http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete',
  'http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update',
  'http://www.opengis.net/spec/cql2/1.0/conf/cql2-json',
  'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2',
  'http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions',
];

/** Absolute links, as OGC clients (GDAL, QGIS) follow them. */
export const baseUrlOf = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

export function landingPage(base: string) {
  return {
    title: 'GOAT layers: OGC API - Features',
    description: 'The feature layers you may read, as OGC API - Features collections, with CQL2 filtering and vector tiles.',
    links: [
      { href: `${base}${OGC_BASE}`, rel: 'self', type: 'application/json', title: 'This document' },
      { href: `${base}${OGC_BASE}/conformance`, rel: 'conformance', type: 'application/json', title: 'Conformance classes' },
      { href: `${base}${OGC_BASE}/collections`, rel: 'data', type: 'application/json', title: 'Collections' },
      { href: `${base}/api/openapi.json`, rel: 'service-desc', type: 'application/vnd.oai.openapi+json;version=3.0', title: 'API definition' },
    ],
  };
}

function bboxOf(layer: Layer): number[] {
  const extent = layer.data.extent;
  if (!extent) return [-180, -90, 180, 90];
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      xs.push((c as number[])[0]);
      ys.push((c as number[])[1]);
    } else (c as unknown[]).forEach(visit);
  };
  if ('coordinates' in extent) visit(extent.coordinates);
  return xs.length ? [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] : [-180, -90, 180, 90];
}

export function collectionDocument(base: string, layer: Layer) {
  const self = `${base}${OGC_BASE}/collections/${layer.id}`;
  return {
    id: layer.id,
    title: layer.name,
    description: layer.description,
    itemType: 'feature',
    crs: [CRS84],
    storageCrs: CRS84,
    extent: { spatial: { bbox: [bboxOf(layer)], crs: CRS84 } },
    links: [
      { href: self, rel: 'self', type: 'application/json', title: 'This collection' },
      { href: `${self}/items`, rel: 'items', type: GEOJSON, title: 'Features' },
      { href: `${self}/queryables`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables', type: 'application/schema+json', title: 'Queryables' },
      { href: `${self}/tiles/{z}/{x}/{y}`, rel: 'item', type: 'application/vnd.mapbox-vector-tile', title: 'Vector tiles (WebMercatorQuad)' },
    ],
  };
}

const JSON_TYPES: Readonly<Record<string, object>> = {
  integer: { type: 'integer' }, bigint: { type: 'integer' }, number: { type: 'number' }, text: { type: 'string' }, boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' }, timestamp: { type: 'string', format: 'date-time' }, time: { type: 'string', format: 'time' }, json: {},
};
const GEOMETRY_FORMATS = { point: 'geometry-point-or-multipoint', line: 'geometry-linestring-or-multilinestring', polygon: 'geometry-polygon-or-multipolygon' };

export function queryablesDocument(base: string, layer: Layer, features: FeatureLayer) {
  const properties: Record<string, object> = {};
  for (const q of features.queryables.all) {
    properties[q.name] = q.type === 'geometry'
      ? { title: 'Geometry', format: features.geometryType ? GEOMETRY_FORMATS[features.geometryType] : 'geometry-any', 'x-ogc-role': 'primary-geometry' }
      : { title: q.name, ...JSON_TYPES[q.type] };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}${OGC_BASE}/collections/${layer.id}/queryables`,
    type: 'object' as const,
    title: layer.name,
    properties,
    additionalProperties: false,
  };
}

/** `collections` is where the layer's collection lives: the OGC base, or a published project's public base. */
export function featureDocument(base: string, layerId: string, feature: LayerFeature, withLinks = true, collections = `${OGC_BASE}/collections`) {
  const self = `${base}${collections}/${layerId}/items/${feature.id}`;
  return {
    type: 'Feature' as const,
    id: feature.id,
    geometry: feature.geometry,
    properties: feature.properties as Record<string, unknown>,
    ...(withLinks
      ? { links: [{ href: self, rel: 'self', type: GEOJSON }, { href: `${base}${collections}/${layerId}`, rel: 'collection', type: 'application/json' }] }
      : {}),
  };
}

/** The request's own URL with other query values (for next/prev links). */
export function withQuery(base: string, req: Request, changes: Record<string, string | number>): string {
  const url = new URL(`${base}${req.originalUrl}`);
  for (const [key, value] of Object.entries(changes)) url.searchParams.set(key, String(value));
  return url.toString();
}
