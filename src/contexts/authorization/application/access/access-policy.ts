import type { Principal } from '../../../../shared-kernel/principal';
import type { Permission } from '../../domain/permissions';
import type { AccessDecision, ProtectedResource } from '../../domain/protected-resource';
import type { ResourceType } from '../../domain/roles';

/** A folder, project or layer shared with the caller (directly, through a team or their organization). */
export interface SharedResource {
  readonly type: ResourceType;
  readonly id: string;
  /** The highest level the caller's grants give; a folder's level also holds for what the folder contains. */
  readonly level: 'viewer' | 'editor';
}

/**
 * The policy decision point other contexts ask before every action. A denial says whether the
 * caller may not even read the resource (answer 404) or only may not do this (answer 403).
 */
export interface AccessPolicy {
  authorize(principal: Principal, action: Permission, resource: ProtectedResource): Promise<AccessDecision>;
  /** A deleted folder, project or layer: its grants go with it. */
  forget(resource: { type: 'folder' | 'project' | 'layer'; id: string }): Promise<void>;
  /** What others shared with the principal, for lists ("shared with me"); their own items are not included. */
  sharedWith(principal: Principal): Promise<SharedResource[]>;
}

export const ACCESS_POLICY: unique symbol = Symbol('AccessPolicy');
