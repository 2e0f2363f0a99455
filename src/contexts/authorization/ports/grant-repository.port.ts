import type { Grant, Grantee } from '../domain/grant';
import type { ResourceType } from '../domain/roles';

export interface ResourceKey {
  readonly type: ResourceType;
  readonly id: string;
}

export interface GrantRepository {
  /** Every grant on one resource, users first, then teams, then organizations. */
  on(resource: ResourceKey): Promise<Grant[]>;
  /** The grants any of these grantees holds on any of these resources (what a decision needs). */
  held(resources: readonly ResourceKey[], grantees: readonly Grantee[]): Promise<Grant[]>;
  /** Every grant any of these grantees holds, on anything (what lists of shared items need). */
  heldBy(grantees: readonly Grantee[]): Promise<Grant[]>;
  /** Adds or changes the grantee's role on the resource. */
  save(grant: Grant): Promise<void>;
  revoke(resource: ResourceKey, grantee: Grantee): Promise<void>;
  deleteOn(resource: ResourceKey): Promise<void>;
  deleteForGrantee(grantee: Grantee): Promise<void>;
  /** Grants to the user and grants on resources they owned. */
  eraseUser(userId: string): Promise<void>;
}

export const GRANT_REPOSITORY: unique symbol = Symbol('GrantRepository');
