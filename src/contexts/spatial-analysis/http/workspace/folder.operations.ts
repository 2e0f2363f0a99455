import type { ApiOperation } from '../../../../shared-kernel/api-description';
import { folderBody, folderIdParams, folderListQuery, folderPageResponse, folderResponse, folderUpdateBody } from './folder.schemas';

const tag = 'Folder';

export const folderOperations: ApiOperation[] = [
  { method: 'post', path: '/api/v2/folder', tag, summary: 'Create a folder', body: folderBody, responses: { 201: { description: 'Created', schema: folderResponse } } },
  { method: 'get', path: '/api/v2/folder', tag, summary: 'List my folders (home first)', query: folderListQuery, responses: { 200: { description: 'A page of folders', schema: folderPageResponse } } },
  { method: 'get', path: '/api/v2/folder/:folder_id', tag, summary: 'Read a folder', params: folderIdParams, responses: { 200: { description: 'The folder', schema: folderResponse } } },
  { method: 'put', path: '/api/v2/folder/:folder_id', tag, summary: 'Rename a folder', params: folderIdParams, body: folderUpdateBody, responses: { 200: { description: 'The renamed folder', schema: folderResponse } } },
  { method: 'delete', path: '/api/v2/folder/:folder_id', tag, summary: 'Delete a folder', params: folderIdParams, responses: { 204: { description: 'Deleted' } } },
];
