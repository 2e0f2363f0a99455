import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpGet, httpPost, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../shared-kernel/http-support';
import { parseRequest } from '../../../shared-kernel/validation';
import { ListResourceAccess } from '../application/sharing/list-resource-access.use-case';
import { ShareResource } from '../application/sharing/share-resource.use-case';
import { shareBody, shareParams, toAccessResponse, toShareResponse } from './share.schemas';

@controller('/api/v2/share')
export class ShareController {
  constructor(
    @inject(ShareResource) private readonly shareResource: ShareResource,
    @inject(ListResourceAccess) private readonly listAccess: ListResourceAccess,
  ) {}

  @httpPost('/:resource_type/:resource_id')
  async share(@request() req: Request, @response() res: Response): Promise<void> {
    const { resource_type, resource_id } = parseRequest(shareParams, req.params, 'params');
    const body = parseRequest(shareBody, req.body, 'body');
    const grants = unwrap(await this.shareResource.execute(principalOf(req), resource_type, resource_id, body));
    const access = unwrap(await this.listAccess.execute(principalOf(req), resource_type, resource_id));
    res.json(toShareResponse(access.item.ownerId, grants));
  }

  @httpGet('/:resource_type/:resource_id')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    const { resource_type, resource_id } = parseRequest(shareParams, req.params, 'params');
    res.json(toAccessResponse(unwrap(await this.listAccess.execute(principalOf(req), resource_type, resource_id))));
  }
}
