import type { DependencyContainer } from 'tsyringe';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import { QUOTAS, type Quotas } from '../../../authorization';
import type { ProjectAllowance } from '../../ports/projects/project-allowance.port';
import { accountHolder } from './account-holder';

/** Projects are the authorization context's `projects` quota; resolved lazily (registration order, overrides). */
export class QuotaProjectAllowance implements ProjectAllowance {
  constructor(private readonly quotas: () => Quotas) {}

  take(principal: Principal): Promise<Result<void, DomainError>> {
    return this.quotas().reserve(principal, 'projects', 1);
  }

  giveBack(ownerId: string): Promise<void> {
    return this.quotas().release(accountHolder(ownerId), 'projects', 1);
  }
}

/** The project allowance of one app instance, asking that instance's authorization context. */
export const quotaProjectAllowanceIn = (container: DependencyContainer): ProjectAllowance =>
  new QuotaProjectAllowance(() => container.resolve<Quotas>(QUOTAS));
