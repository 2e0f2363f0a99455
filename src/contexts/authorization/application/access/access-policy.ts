import type { Principal } from '../../../../shared-kernel/principal';
import type { Permission } from '../../domain/permissions';
import type { AccessDecision, ProtectedResource } from '../../domain/protected-resource';

/**
 * The policy decision point other contexts ask before every action. A denial says whether the
 * caller may not even read the resource (answer 404) or only may not do this (answer 403).
 */
export interface AccessPolicy {
  authorize(principal: Principal, action: Permission, resource: ProtectedResource): Promise<AccessDecision>;
  /** A deleted folder, project or layer: its grants go with it. */
  forget(resource: { type: 'folder' | 'project' | 'layer'; id: string }): Promise<void>;
}

export const ACCESS_POLICY: unique symbol = Symbol('AccessPolicy');
