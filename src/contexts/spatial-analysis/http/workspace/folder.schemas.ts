import { z } from 'zod';
import { pageOfSchema, pageQuery, uuidParam } from '../../../../shared-kernel/http-schemas';
import type { Folder } from '../../domain/workspace/folder';

export const folderName = z.string().trim().min(1).max(255);
export const folderBody = z.object({ name: folderName });
export const folderUpdateBody = z.object({ name: folderName });
export const folderIdParams = z.object({ folder_id: uuidParam });
export const folderListQuery = pageQuery.extend({ search: z.string().max(255).optional() });

export const folderResponse = z
  .object({ id: z.uuid(), name: z.string(), user_id: z.string(), created_at: z.string(), updated_at: z.string() })
  ;
export const folderPageResponse = pageOfSchema(folderResponse);

export const toFolderResponse = (folder: Folder): z.infer<typeof folderResponse> => ({
  id: folder.id,
  name: folder.name,
  user_id: folder.ownerId,
  created_at: folder.createdAt.toISOString(),
  updated_at: folder.updatedAt.toISOString(),
});
