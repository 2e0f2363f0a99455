import area from '@turf/area';
import { pageInMemory, type Page, type PageRequest } from '../../../../../shared-kernel/paging';
import type { FeatureId, FeatureLayer } from '../../../domain/features/feature-layer';
import type { FeatureSelection, ItemsRequest } from '../../../domain/features/feature-query';
import type { LayerFeature } from '../../../domain/features/layer-feature';
import type { Queryable } from '../../../domain/features/queryables';
import type { AreaStatistic, FeaturePage, LayerFeatureReader, ValueCount } from '../../../ports/features/layer-feature-reader.port';
import { compare, valueOf } from './cql2-predicate';
import { projected, selected, sortedBy } from './in-memory-feature-selection';
import type { InMemoryLayerRows } from './in-memory-layer-rows';

/** Reads the in-memory store's rows with the same answers as the PostGIS reader (contract suite). */
export class InMemoryLayerFeatureReader implements LayerFeatureReader {
  constructor(private readonly store: InMemoryLayerRows) {}

  private rows(layer: FeatureLayer): readonly LayerFeature[] {
    return this.store.rows(layer.id) ?? [];
  }

  async items(layer: FeatureLayer, request: ItemsRequest): Promise<FeaturePage> {
    const matched = sortedBy(selected(this.rows(layer), request), request.sortby);
    return {
      numberMatched: matched.length,
      features: matched.slice(request.offset, request.offset + request.limit).map((row) => projected(row, request.properties, layer.queryables.all)),
    };
  }

  async item(layer: FeatureLayer, id: FeatureId): Promise<LayerFeature | null> {
    const row = this.rows(layer).find((r) => r.id === id);
    return row ? projected(row, null, layer.queryables.all) : null;
  }

  async count(layer: FeatureLayer, selection: FeatureSelection): Promise<number> {
    return selected(this.rows(layer), selection).length;
  }

  async area(layer: FeatureLayer, statistic: AreaStatistic, selection: FeatureSelection): Promise<number | null> {
    const areas = selected(this.rows(layer), selection).flatMap((row) => (row.geometry ? [area(row.geometry)] : []));
    if (areas.length === 0) return null;
    if (statistic === 'sum') return areas.reduce((s, a) => s + a, 0);
    return statistic === 'min' ? Math.min(...areas) : Math.max(...areas);
  }

  async uniqueValues(layer: FeatureLayer, column: Queryable, selection: FeatureSelection, page: PageRequest): Promise<Page<ValueCount>> {
    const counts = new Map<unknown, { value: ValueCount['value']; count: number }>();
    for (const row of selected(this.rows(layer), selection)) {
      const raw = (row.properties[column.name] ?? null) as ValueCount['value'];
      const key = valueOf(row, column) ?? null;
      const entry = counts.get(key) ?? { value: raw, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
    const ordered = [...counts.entries()]
      .sort(([ka, a], [kb, b]) => b.count - a.count || (ka === null ? 1 : kb === null ? -1 : compare(ka as string | number, kb as string | number)))
      .map(([, entry]) => entry);
    return pageInMemory(ordered, page);
  }

  async numbers(layer: FeatureLayer, column: Queryable, selection: FeatureSelection): Promise<number[]> {
    return selected(this.rows(layer), selection)
      .map((row) => row.properties[column.name])
      .filter((v): v is number | string => v !== null && v !== undefined && Number.isFinite(Number(v)))
      .map(Number)
      .sort((a, b) => a - b);
  }
}
