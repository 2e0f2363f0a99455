import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { classBreaks, type ClassBreakMethod, type ClassBreaks } from '../../domain/features/class-breaks';
import { FeatureErrors } from '../../domain/features/features.errors';
import type { FeatureSelection } from '../../domain/features/feature-query';
import { isNumericType, type Queryable } from '../../domain/features/queryables';
import type { AreaStatistic, LayerFeatureReader, ValueCount } from '../../ports/features/layer-feature-reader.port';
import type { FeatureLayerAccess, OpenedLayer } from './feature-layer-access';
import { filterFor } from './feature-request';

/**
 * GOAT's layer statistics for styling and widgets: feature count, polygon area, unique values and
 * class breaks, each over the features a CQL2-JSON `query` keeps.
 */
export class LayerStatistics {
  constructor(
    private readonly layers: FeatureLayerAccess,
    private readonly reader: LayerFeatureReader,
  ) {}

  private async opened(principal: Principal, layerId: string, query: unknown): Promise<Result<OpenedLayer & { selection: FeatureSelection }, DomainError>> {
    const opened = await this.layers.open(principal, layerId);
    if (!opened.ok) return opened;
    const filter = filterFor(opened.value.features, { filter: query, filterLang: 'cql2-json' }, '/query/query');
    return filter.ok ? ok({ ...opened.value, selection: { filter: filter.value, bbox: null } }) : filter;
  }

  private column(opened: OpenedLayer, name: string): Result<Queryable, DomainError> {
    const column = opened.features.queryables.find(name);
    return column && column.type !== 'geometry' ? ok(column) : err(FeatureErrors.unknownColumn(name.slice(0, 128), '/params/column'));
  }

  async featureCount(principal: Principal, layerId: string, query: unknown): Promise<Result<number, DomainError>> {
    const opened = await this.opened(principal, layerId, query);
    return opened.ok ? ok(await this.reader.count(opened.value.features, opened.value.selection)) : opened;
  }

  async area(principal: Principal, layerId: string, statistic: AreaStatistic, query: unknown): Promise<Result<number | null, DomainError>> {
    const opened = await this.opened(principal, layerId, query);
    if (!opened.ok) return opened;
    if (opened.value.features.geometryType !== 'polygon') return err(FeatureErrors.notPolygonLayer());
    return ok(await this.reader.area(opened.value.features, statistic, opened.value.selection));
  }

  async uniqueValues(principal: Principal, layerId: string, columnName: string, query: unknown, page: PageRequest): Promise<Result<Page<ValueCount>, DomainError>> {
    const opened = await this.opened(principal, layerId, query);
    if (!opened.ok) return opened;
    const column = this.column(opened.value, columnName);
    if (!column.ok) return column;
    return ok(await this.reader.uniqueValues(opened.value.features, column.value, opened.value.selection, page));
  }

  async classBreaks(principal: Principal, layerId: string, method: ClassBreakMethod, columnName: string, classes: number, query: unknown): Promise<Result<ClassBreaks, DomainError>> {
    const opened = await this.opened(principal, layerId, query);
    if (!opened.ok) return opened;
    const column = this.column(opened.value, columnName);
    if (!column.ok) return column;
    if (!isNumericType(column.value.type)) return err(FeatureErrors.columnNotNumeric(column.value.name));
    return ok(classBreaks(method, await this.reader.numbers(opened.value.features, column.value, opened.value.selection), classes));
  }
}
