import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpGet, httpPut, request, response } from 'inversify-express-utils';
import { principalOf } from '../../../shared-kernel/http-support';
import { parseRequest } from '../../../shared-kernel/validation';
import { GetSystemSettings } from '../application/get-system-settings.use-case';
import { UpdateSystemSettings } from '../application/update-system-settings.use-case';
import { systemSettingsBody, toSystemSettingsResponse } from './system-settings.schemas';

@controller('/api/v2/system')
export class SystemSettingsController {
  constructor(
    @inject(GetSystemSettings) private readonly getSettings: GetSystemSettings,
    @inject(UpdateSystemSettings) private readonly updateSettings: UpdateSystemSettings,
  ) {}

  @httpGet('/settings')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    res.json(toSystemSettingsResponse(await this.getSettings.execute(principalOf(req))));
  }

  @httpPut('/settings')
  async update(@request() req: Request, @response() res: Response): Promise<void> {
    const body = parseRequest(systemSettingsBody, req.body ?? {}, 'body');
    const settings = await this.updateSettings.execute(principalOf(req), {
      clientTheme: body.client_theme,
      preferredLanguage: body.preferred_language,
      unit: body.unit,
    });
    res.json(toSystemSettingsResponse(settings));
  }
}
