import type { DomainError } from '../../../../shared-kernel/domain-error';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { BoundFilter } from '../../domain/features/cql2/cql2-binding';
import type { FeatureLayer } from '../../domain/features/feature-layer';
import { bboxOf, filterOf, propertiesOf, sortbyOf, type FilterLanguage, type ItemsRequest } from '../../domain/features/feature-query';

/** Query parameters of items, tiles and statistics as they arrive (already shape-checked by HTTP). */
export interface FeatureQueryInput {
  readonly bbox?: string;
  readonly limit?: number;
  readonly offset?: number;
  readonly properties?: string;
  readonly filter?: unknown;
  readonly filterLang?: FilterLanguage;
  readonly sortby?: string;
}

/** OGC's default filter language is CQL2-text; a JSON object (or text starting with "{") is CQL2-JSON. */
export const languageOf = (input: FeatureQueryInput): FilterLanguage =>
  input.filterLang ?? (typeof input.filter === 'string' && !input.filter.trimStart().startsWith('{') ? 'cql2-text' : 'cql2-json');

export function filterFor(layer: FeatureLayer, input: FeatureQueryInput, pointer = '/query/filter'): Result<BoundFilter | null, DomainError> {
  return filterOf(input.filter, languageOf(input), layer.queryables, pointer);
}

/** Every part of an items request checked against the layer; the first problem is answered. */
export function itemsRequestFor(layer: FeatureLayer, input: FeatureQueryInput, defaults: { limit: number }): Result<ItemsRequest, DomainError> {
  const filter = filterFor(layer, input);
  if (!filter.ok) return filter;
  const bbox = bboxOf(input.bbox);
  if (!bbox.ok) return bbox;
  const properties = propertiesOf(input.properties, layer.queryables);
  if (!properties.ok) return properties;
  const sortby = sortbyOf(input.sortby, layer.queryables);
  if (!sortby.ok) return sortby;
  return ok({ filter: filter.value, bbox: bbox.value, properties: properties.value, sortby: sortby.value, limit: input.limit ?? defaults.limit, offset: input.offset ?? 0 });
}
