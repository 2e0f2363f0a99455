import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { bindFilter, type BoundFilter } from './cql2/cql2-binding';
import { CQL2_LIMITS } from './cql2/cql2-ast';
import { parseCql2Json } from './cql2/cql2-json.parser';
import { parseCql2Text } from './cql2/cql2-text.parser';
import { FeatureErrors } from './features.errors';
import type { LayerQueryables, Queryable } from './queryables';
import type { Bounds } from './tile-matrix';

export const DEFAULT_ITEMS_LIMIT = 10;
export const MAX_ITEMS_LIMIT = 10_000;

export interface SortKey {
  readonly queryable: Queryable;
  readonly descending: boolean;
}

/** Which features: a bound filter and a bbox in EPSG:4326, both optional. */
export interface FeatureSelection {
  readonly filter: BoundFilter | null;
  readonly bbox: Bounds | null;
}

/** A page of items: the selection, then order, window and the attributes to hand back. */
export interface ItemsRequest extends FeatureSelection {
  readonly limit: number;
  readonly offset: number;
  /** Attributes to include; null for all of them. */
  readonly properties: readonly Queryable[] | null;
  readonly sortby: readonly SortKey[];
}

export type FilterLanguage = 'cql2-json' | 'cql2-text';

/** A filter as it arrives in a query string (or an already-parsed JSON object), bound to the layer. */
export function filterOf(raw: unknown, language: FilterLanguage, queryables: LayerQueryables, pointer = '/query/filter'): Result<BoundFilter | null, DomainError> {
  if (raw === undefined || raw === null || raw === '') return ok(null);
  let parsed;
  if (typeof raw === 'string' && raw.length > CQL2_LIMITS.maxFilterLength) return err(FeatureErrors.invalidFilter(`longer than ${CQL2_LIMITS.maxFilterLength} characters`, pointer));
  if (language === 'cql2-text') {
    if (typeof raw !== 'string') return err(FeatureErrors.invalidFilter('CQL2-text is a string', pointer));
    parsed = parseCql2Text(raw, pointer);
  } else {
    let json: unknown = raw;
    if (typeof raw === 'string') {
      try {
        json = JSON.parse(raw);
      } catch {
        return err(FeatureErrors.invalidFilter('not valid JSON (send filter-lang=cql2-text for CQL2-text)', pointer));
      }
    }
    parsed = parseCql2Json(json, pointer);
  }
  if (!parsed.ok) return parsed;
  return bindFilter(parsed.value, queryables, pointer);
}

/** `bbox=minLon,minLat,maxLon,maxLat` (a 6-number 3D bbox keeps its horizontal part). */
export function bboxOf(raw: string | undefined): Result<Bounds | null, DomainError> {
  if (raw === undefined || raw === '') return ok(null);
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.length !== 4 && parts.length !== 6) return err(FeatureErrors.invalidBbox('give four numbers: minLon,minLat,maxLon,maxLat'));
  if (!parts.every((p) => /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(p))) return err(FeatureErrors.invalidBbox('every part must be a number'));
  const n = parts.map(Number);
  const [minX, minY, maxX, maxY] = parts.length === 4 ? n : [n[0], n[1], n[3], n[4]];
  if ([minX, maxX].some((x) => x < -180 || x > 180) || [minY, maxY].some((y) => y < -90 || y > 90)) {
    return err(FeatureErrors.invalidBbox('longitudes lie within -180..180 and latitudes within -90..90'));
  }
  if (minY > maxY) return err(FeatureErrors.invalidBbox('minLat is greater than maxLat'));
  if (minX > maxX) return err(FeatureErrors.invalidBbox('minLon is greater than maxLon (boxes across the antimeridian are not supported)'));
  return ok([minX, minY, maxX, maxY]);
}

/** `properties=a,b`: attributes to return; unknown names are an error, the empty list returns none. */
export function propertiesOf(raw: string | undefined, queryables: LayerQueryables): Result<Queryable[] | null, DomainError> {
  if (raw === undefined) return ok(null);
  const selected: Queryable[] = [];
  for (const name of raw.split(',').map((p) => p.trim()).filter((p) => p.length > 0)) {
    const q = queryables.find(name);
    if (!q) return err(FeatureErrors.unknownColumn(name.slice(0, 128), '/query/properties'));
    if (q.type !== 'geometry' && !selected.includes(q)) selected.push(q);
  }
  return ok(selected);
}

/** `sortby=+name,-population` (OGC API Features Part 8 style); geometry and json do not sort. */
export function sortbyOf(raw: string | undefined, queryables: LayerQueryables): Result<SortKey[], DomainError> {
  if (raw === undefined || raw.trim() === '') return ok([]);
  const keys: SortKey[] = [];
  for (const part of raw.split(',').map((p) => p.trim()).filter((p) => p.length > 0)) {
    const descending = part.startsWith('-');
    const name = part.replace(/^[-+ ]/, '');
    const q = queryables.find(name);
    if (!q) return err(FeatureErrors.unknownColumn(name.slice(0, 128), '/query/sortby'));
    if (q.type === 'geometry' || q.type === 'json') return err(FeatureErrors.invalidFilter(`cannot sort by the ${q.type} column "${q.name}"`, '/query/sortby'));
    keys.push({ queryable: q, descending });
  }
  return ok(keys);
}
