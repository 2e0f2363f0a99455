import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';

/** How many projects the planner's plan allows: one is taken per project created, given back on delete. */
export interface ProjectAllowance {
  /** Refused (quota-exceeded, suspended) when the plan has no project left; nothing is taken then. */
  take(principal: Principal): Promise<Result<void, DomainError>>;
  /** The owner's plan gets one back (the project was deleted, or its creation failed). */
  giveBack(ownerId: string): Promise<void>;
}

export const PROJECT_ALLOWANCE: unique symbol = Symbol('ProjectAllowance');
