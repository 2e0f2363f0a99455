import type { Request, Response } from 'express';
import type { FeatureQueryInput } from '../../application/features/feature-request';
import type { FeaturesListed } from '../../application/features/list-features.use-case';
import { GEOJSON, baseUrlOf, featureDocument, withQuery } from './ogc-documents';
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
  res.type(GEOJSON).send(JSON.stringify({
    type: 'FeatureCollection',
    features: listed.page.features.map((feature) => featureDocument(base, layerId, feature, false, collections)),
    numberMatched: listed.page.numberMatched,
    numberReturned: returned,
    timeStamp: new Date().toISOString(),
    links,
  }));
}
