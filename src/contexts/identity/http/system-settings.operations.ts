import type { ApiOperation } from '../../../shared-kernel/api-description';
import { systemSettingsBody, systemSettingsResponse } from './system-settings.schemas';

const tag = 'System';

export const systemSettingsOperations: ApiOperation[] = [
  { method: 'get', path: '/api/v2/system/settings', tag, summary: 'Read my system settings', responses: { 200: { description: 'My settings', schema: systemSettingsResponse } } },
  {
    method: 'put',
    path: '/api/v2/system/settings',
    tag,
    summary: 'Change my system settings',
    body: systemSettingsBody,
    responses: { 200: { description: 'The settings now in effect', schema: systemSettingsResponse } },
  },
];
