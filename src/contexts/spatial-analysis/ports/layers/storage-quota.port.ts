import type { Principal } from '../../../../shared-kernel/principal';

/**
 * Whether the caller's organization may store more bytes. The authorization context answers once it
 * has organizations and plans; until then every user may.
 */
export interface StorageQuota {
  allows(principal: Principal, usedBytes: number, additionalBytes: number): Promise<boolean>;
}

export const STORAGE_QUOTA: unique symbol = Symbol('StorageQuota');
