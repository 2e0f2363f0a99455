import type { ObjectQuery } from '@mikro-orm/core';
import type { SharedScope } from '../../../ports/shared-items.port';

/** `user_id = owner OR id IN shared OR folder_id IN shared folders`: one condition, so paging stays in SQL. */
export function ownedOrShared<T extends { userId: string; id: string; folderId: string }>(ownerId: string, shared?: SharedScope): ObjectQuery<T> {
  const any: object[] = [{ userId: ownerId }];
  if (shared?.ids.length) any.push({ id: { $in: [...shared.ids] } });
  if (shared?.folderIds.length) any.push({ folderId: { $in: [...shared.folderIds] } });
  return (any.length === 1 ? any[0] : { $or: any }) as ObjectQuery<T>;
}
