import type { Principal } from '../../../shared-kernel/principal';

/** What of the workspace a decision is about; the owner and enclosing folder inform inheritance. */
export interface WorkspaceResource {
  readonly type: 'folder' | 'project' | 'layer';
  readonly id: string;
  readonly ownerId: string;
  readonly folderId?: string;
}

export type WorkspaceAction = 'read' | 'update' | 'delete';

export type AccessDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/**
 * Spatial analysis asks before every action; the authorization context answers once it is wired,
 * until then the owner-only adapter does.
 */
export interface WorkspaceAccess {
  decide(principal: Principal, action: WorkspaceAction, resource: WorkspaceResource): Promise<AccessDecision>;
  /** The item was deleted: whatever was shared of it goes too. */
  forget(resource: Pick<WorkspaceResource, 'type' | 'id'>): Promise<void>;
}

export const WORKSPACE_ACCESS: unique symbol = Symbol('WorkspaceAccess');
