import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { FeatureId, FeatureLayer } from '../../domain/features/feature-layer';
import type { FeatureSelection, ItemsRequest } from '../../domain/features/feature-query';
import type { LayerFeature } from '../../domain/features/layer-feature';
import type { Queryable } from '../../domain/features/queryables';

export interface FeaturePage {
  readonly features: LayerFeature[];
  /** Every feature the selection matches, across all pages. */
  readonly numberMatched: number;
}

export type AreaStatistic = 'sum' | 'min' | 'max';

export interface ValueCount {
  readonly value: string | number | boolean | null;
  readonly count: number;
}

/**
 * Filtered reads of a layer's stored features, in domain terms. Both adapters apply a filter with the
 * same meaning (SQL's), order by the sort keys then by id, and answer null for an unknown feature.
 */
export interface LayerFeatureReader {
  items(layer: FeatureLayer, request: ItemsRequest): Promise<FeaturePage>;
  item(layer: FeatureLayer, id: FeatureId): Promise<LayerFeature | null>;
  count(layer: FeatureLayer, selection: FeatureSelection): Promise<number>;
  /** Polygon area in square metres on the ellipsoid (sum, smallest or largest); null when none match. */
  area(layer: FeatureLayer, statistic: AreaStatistic, selection: FeatureSelection): Promise<number | null>;
  /** Distinct values with how often each occurs: most frequent first, then by value. */
  uniqueValues(layer: FeatureLayer, column: Queryable, selection: FeatureSelection, page: PageRequest): Promise<Page<ValueCount>>;
  /** The column's non-null numbers, ascending (for class breaks). */
  numbers(layer: FeatureLayer, column: Queryable, selection: FeatureSelection): Promise<number[]>;
}

export const LAYER_FEATURE_READER: unique symbol = Symbol('LayerFeatureReader');
