import type { PermissionTable } from '../domain/permissions';

/** The role -> permission table as stored (seeded by migration, adjustable there). */
export interface PermissionCatalogue {
  table(): Promise<PermissionTable>;
}

export const PERMISSION_CATALOGUE: unique symbol = Symbol('PermissionCatalogue');
