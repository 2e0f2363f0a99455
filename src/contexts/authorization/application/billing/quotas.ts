import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import type { Feature, Quota } from '../../domain/plan';

/**
 * What other contexts charge against the plan: reserve before creating (refused beyond the limit,
 * atomically), release after deleting or when the creation failed.
 */
export interface Quotas {
  reserve(principal: Principal, quota: Quota, amount: number): Promise<Result<void, DomainError>>;
  release(principal: Principal, quota: Quota, amount: number): Promise<void>;
  requireFeature(principal: Principal, feature: Feature): Promise<Result<void, DomainError>>;
}

export const QUOTAS: unique symbol = Symbol('Quotas');
