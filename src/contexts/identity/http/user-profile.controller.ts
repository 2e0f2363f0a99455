import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpGet, httpPatch, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../shared-kernel/http-support';
import { parseRequest } from '../../../shared-kernel/validation';
import { DeleteAccount } from '../application/delete-account.use-case';
import { GetProfile } from '../application/get-profile.use-case';
import { UpdateProfile } from '../application/update-profile.use-case';
import { profileUpdateBody, toProfileResponse } from './user-profile.schemas';

@controller('/api/v2/users')
export class UserProfileController {
  constructor(
    @inject(GetProfile) private readonly getProfile: GetProfile,
    @inject(UpdateProfile) private readonly updateProfile: UpdateProfile,
    @inject(DeleteAccount) private readonly deleteAccount: DeleteAccount,
  ) {}

  @httpGet('/profile')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    res.json(toProfileResponse(unwrap(await this.getProfile.execute(principalOf(req)))));
  }

  @httpPatch('/profile')
  async update(@request() req: Request, @response() res: Response): Promise<void> {
    const changes = parseRequest(profileUpdateBody, req.body ?? {}, 'body');
    res.json(toProfileResponse(unwrap(await this.updateProfile.execute(principalOf(req), changes))));
  }

  @httpDelete('/')
  async remove(@request() req: Request, @response() res: Response): Promise<void> {
    await this.deleteAccount.execute(principalOf(req));
    res.status(204).end();
  }
}
