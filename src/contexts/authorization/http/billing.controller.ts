import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpGet, request, response } from 'inversify-express-utils';
import { ListPlans } from '../application/billing/list-plans.use-case';
import { toPlanResponse } from './billing.schemas';

@controller('/api/v2/billing')
export class BillingController {
  constructor(@inject(ListPlans) private readonly listPlans: ListPlans) {}

  @httpGet('/plans')
  async plans(@request() _req: Request, @response() res: Response): Promise<void> {
    res.json((await this.listPlans.execute()).map(toPlanResponse));
  }
}
