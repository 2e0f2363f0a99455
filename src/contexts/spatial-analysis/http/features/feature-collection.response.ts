import type { Request, Response } from 'express';
import type { FeatureQueryInput } from '../../application/features/feature-request';
import type { FeaturesListed } from '../../application/features/list-features.use-case';
import { geometryTextOf } from '../../domain/features/geometry-text';
import { GEOJSON, baseUrlOf, withQuery } from './ogc-documents';
import type { itemsQuery } from './ogc-features.schemas';
import type { z } from 'zod';

/** The items query as the use case takes it. */
export const itemsInputOf = (query: z.infer<typeof itemsQuery>): FeatureQueryInput => ({
  bbox: query.bbox, limit: query.limit, offset: query.offset, properties: query.properties, filter: query.filter, filterLang: query['filter-lang'], sortby: query.sortby,
});

/** A GeoJSON FeatureCollection page with OGC's self/collection/next/prev links under `collections`. */
export function sendFeatureCollection(req: Request, res: Response, layerId: string, listed: FeaturesListed, collections: string): void {
  const base = baseUrlOf(req);
  const { limit, offset } = listed.request;
  const returned = listed.page.features.length;
  const links = [
    { href: withQuery(base, req, {}), rel: 'self', type: GEOJSON },
    { href: `${base}${collections}/${layerId}`, rel: 'collection', type: 'application/json' },
  ];
  if (offset + returned < listed.page.numberMatched) links.push({ href: withQuery(base, req, { offset: offset + limit, limit }), rel: 'next', type: GEOJSON });
  if (offset > 0) links.push({ href: withQuery(base, req, { offset: Math.max(0, offset - limit), limit }), rel: 'prev', type: GEOJSON });
  // Written as text so each geometry goes out as PostGIS wrote it (see geometryTextOf); the same
  // document as JSON.stringify of featureDocument(…, false) for every feature.
  const features = listed.page.features.map(
    (feature) => `{"type":"Feature","id":${JSON.stringify(feature.id)},"geometry":${geometryTextOf(feature)},"properties":${JSON.stringify(feature.properties)}}`,
  );
  res.type(GEOJSON).send(
    `{"type":"FeatureCollection","features":[${features.join(',')}],"numberMatched":${listed.page.numberMatched},"numberReturned":${returned},` +
      `"timeStamp":"${new Date().toISOString()}","links":${JSON.stringify(links)}}`,
  );
}
