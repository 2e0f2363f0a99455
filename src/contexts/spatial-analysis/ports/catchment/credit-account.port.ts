import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';

/** The planner's analysis credits: charged when a catchment-area job is accepted. */
export interface CreditAccount {
  /** Refused (quota-exceeded, suspended) when the plan has not enough credits left. */
  charge(principal: Principal, credits: number): Promise<Result<void, DomainError>>;
  /** Gives back a charge whose job never started (e.g. the job limit refused it). */
  refund(principal: Principal, credits: number): Promise<void>;
  /** Gives back the charge of an accepted job that ended without finishing, to the job's owner. */
  giveBack(ownerId: string, credits: number): Promise<void>;
}

export const CREDIT_ACCOUNT: unique symbol = Symbol('CreditAccount');
