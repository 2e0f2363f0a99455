import type { DependencyContainer } from 'tsyringe';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import { QUOTAS, type Quotas } from '../../../authorization';
import type { CreditAccount } from '../../ports/catchment/credit-account.port';
import { accountHolder } from './account-holder';

/**
 * Credits are the authorization context's `credits` quota (per plan and month): charging reserves,
 * refunding releases. Resolved lazily, so registration order and test overrides do not matter.
 */
export class QuotaCreditAccount implements CreditAccount {
  constructor(private readonly quotas: () => Quotas) {}

  charge(principal: Principal, credits: number): Promise<Result<void, DomainError>> {
    return this.quotas().reserve(principal, 'credits', credits);
  }

  refund(principal: Principal, credits: number): Promise<void> {
    return this.quotas().release(principal, 'credits', credits);
  }

  giveBack(ownerId: string, credits: number): Promise<void> {
    return this.quotas().release(accountHolder(ownerId), 'credits', credits);
  }
}

/** The credit account of one app instance, asking that instance's authorization context. */
export const quotaCreditAccountIn = (container: DependencyContainer): CreditAccount =>
  new QuotaCreditAccount(() => container.resolve<Quotas>(QUOTAS));
