import type { ResourceType } from './roles';

/**
 * What a decision is about. Workspace items carry their owner and enclosing folder, so this context
 * keeps no copy of the workspace: grants are keyed by (type, id) and joined at decision time.
 */
export interface WorkspaceItem {
  readonly type: ResourceType;
  readonly id: string;
  readonly ownerId: string;
  readonly folderId?: string;
  /** Published projects are readable by everyone. */
  readonly published?: boolean;
}

export type ProtectedResource =
  | WorkspaceItem
  | { readonly type: 'organization'; readonly id: string }
  | { readonly type: 'team'; readonly id: string }
  /** The caller's own space, where folders, projects, layers and teams are created. */
  | { readonly type: 'workspace' };

export type DenialReason = 'not-readable' | 'not-permitted' | 'suspended';

export type AccessDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: DenialReason; readonly message: string };

export const allow = (): AccessDecision => ({ allowed: true });
export const deny = (reason: DenialReason, message: string): AccessDecision => ({ allowed: false, reason, message });
