import type { ApiOperation } from '../../../shared-kernel/api-description';
import { profileResponse, profileUpdateBody } from './user-profile.schemas';

const tag = 'User';

export const userProfileOperations: ApiOperation[] = [
  { method: 'get', path: '/api/v2/users/profile', tag, summary: 'Read my profile', responses: { 200: { description: 'My profile', schema: profileResponse } } },
  {
    method: 'patch',
    path: '/api/v2/users/profile',
    tag,
    summary: 'Change my names or avatar',
    body: profileUpdateBody,
    responses: { 200: { description: 'The updated profile', schema: profileResponse } },
  },
  { method: 'delete', path: '/api/v2/users', tag, summary: 'Delete my account and all my data', responses: { 204: { description: 'Deleted' } } },
];
