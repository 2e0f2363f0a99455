import type { Principal } from '../../../shared-kernel/principal';

/** Items others shared with the caller: by their own id, or by the folder that holds them. */
export interface SharedScope {
  readonly ids: readonly string[];
  readonly folderIds: readonly string[];
}

export interface SharedWithMe {
  readonly projects: SharedScope;
  readonly layers: SharedScope;
}

/** What lists add to the caller's own items ("shared with me": directly, via team, organization, folder). */
export interface SharedItems {
  sharedWith(principal: Principal): Promise<SharedWithMe>;
}

export const SHARED_ITEMS: unique symbol = Symbol('SharedItems');

/** Whether an item is the caller's or within what was shared with them (the same rule for both adapters). */
export const withinScope = (item: { id: string; ownerId: string; folderId: string }, ownerId: string, shared?: SharedScope): boolean =>
  item.ownerId === ownerId || (shared !== undefined && (shared.ids.includes(item.id) || shared.folderIds.includes(item.folderId)));
