import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';

/**
 * The bytes of layer data the planner's plan allows. An import is checked when it is asked for (an
 * early, clear refusal) and charged when its layer is registered, with the bytes actually stored;
 * deleting the layer gives them back.
 */
export interface StorageQuota {
  /** Whether `bytes` more fit now; charges nothing (the charge itself decides, atomically). */
  check(principal: Principal, bytes: number): Promise<Result<void, DomainError>>;
  /** Refused (quota-exceeded, suspended) when they do not fit; nothing is charged then. */
  charge(ownerId: string, bytes: number): Promise<Result<void, DomainError>>;
  giveBack(ownerId: string, bytes: number): Promise<void>;
}

export const STORAGE_QUOTA: unique symbol = Symbol('StorageQuota');
