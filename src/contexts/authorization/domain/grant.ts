import type { DomainError } from '../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../shared-kernel/result';
import { AuthorizationErrors } from './authorization.errors';
import { levelOf, type ResourceRole, type ResourceType } from './roles';

export type GranteeKind = 'user' | 'team' | 'organization';

/** A share: `grantee` holds `role` on the resource (type, id). */
export interface Grant {
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  /** Owner of the resource when it was shared; lets a deleted owner's shares go with them. */
  readonly resourceOwnerId: string;
  readonly granteeKind: GranteeKind;
  readonly granteeId: string;
  readonly role: ResourceRole;
  readonly grantedBy: string;
  readonly grantedAt: Date;
}

export interface Grantee {
  readonly kind: GranteeKind;
  readonly id: string;
}

/** Shares give viewer or editor; ownership is never shared (no escalation through a share). */
export function checkShareRole(type: ResourceType, role: string, pointer: string): Result<ResourceRole, DomainError> {
  const level = levelOf(role, type);
  if (level !== 'viewer' && level !== 'editor') return err(AuthorizationErrors.invalidShareRole(pointer, type));
  return ok(role as ResourceRole);
}

export const sameGrantee = (a: Grantee, b: Grantee): boolean => a.kind === b.kind && a.id === b.id;
