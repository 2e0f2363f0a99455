import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpGet, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { toPageRequest } from '../../../../shared-kernel/http-schemas';
import { parseRequest } from '../../../../shared-kernel/validation';
import { LayerStatistics } from '../../application/features/layer-statistics.use-case';
import type { ClassBreakMethod } from '../../domain/features/class-breaks';
import { areaParams, classBreaksParams, classBreaksQuery, collectionParams, columnParams, statisticsQuery, uniqueValuesQuery } from './ogc-features.schemas';

/** GOAT's layer statistics: feature count, polygon area, unique values and class breaks. */
@controller('/api/v2/layer/:layer_id')
export class LayerStatisticsController {
  constructor(@inject(LayerStatistics) private readonly statistics: LayerStatistics) {}

  @httpGet('/feature-count')
  async featureCount(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id } = parseRequest(collectionParams, req.params, 'params');
    const { query } = parseRequest(statisticsQuery, req.query, 'query');
    res.json({ total_count: unwrap(await this.statistics.featureCount(principalOf(req), layer_id, query)) });
  }

  @httpGet('/area/:operation')
  async area(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id, operation } = parseRequest(areaParams, req.params, 'params');
    const { query } = parseRequest(statisticsQuery, req.query, 'query');
    res.json({ operation, result: unwrap(await this.statistics.area(principalOf(req), layer_id, operation, query)), unit: 'm2' });
  }

  @httpGet('/unique-values/:column')
  async uniqueValues(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id, column } = parseRequest(columnParams, req.params, 'params');
    const query = parseRequest(uniqueValuesQuery, req.query, 'query');
    res.json(unwrap(await this.statistics.uniqueValues(principalOf(req), layer_id, column, query.query, toPageRequest(query))));
  }

  @httpGet('/class-breaks/:operation/:column')
  async classBreaks(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id, column, operation } = parseRequest(classBreaksParams, req.params, 'params');
    const query = parseRequest(classBreaksQuery, req.query, 'query');
    const breaks = unwrap(await this.statistics.classBreaks(principalOf(req), layer_id, operation as ClassBreakMethod, column, query.breaks, query.query));
    res.json({ min: breaks.min, max: breaks.max, mean: breaks.mean, std_dev: breaks.stdDev, breaks: breaks.breaks });
  }
}
