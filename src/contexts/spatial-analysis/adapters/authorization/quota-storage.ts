import type { DependencyContainer } from 'tsyringe';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import { QUOTAS, type Quotas } from '../../../authorization';
import type { StorageQuota } from '../../ports/layers/storage-quota.port';
import { accountHolder } from './account-holder';

/** Layer bytes are the authorization context's `storage` quota; resolved lazily (registration order, overrides). */
export class QuotaStorage implements StorageQuota {
  constructor(private readonly quotas: () => Quotas) {}

  async check(principal: Principal, bytes: number): Promise<Result<void, DomainError>> {
    // Quotas has no "remaining" question: a reservation given straight back answers it without ever overshooting.
    const reserved = await this.quotas().reserve(principal, 'storage', bytes);
    if (reserved.ok) await this.quotas().release(principal, 'storage', bytes);
    return reserved;
  }

  charge(ownerId: string, bytes: number): Promise<Result<void, DomainError>> {
    return this.quotas().reserve(accountHolder(ownerId), 'storage', bytes);
  }

  giveBack(ownerId: string, bytes: number): Promise<void> {
    return this.quotas().release(accountHolder(ownerId), 'storage', bytes);
  }
}

/** The storage quota of one app instance, asking that instance's authorization context. */
export const quotaStorageIn = (container: DependencyContainer): StorageQuota => new QuotaStorage(() => container.resolve<Quotas>(QUOTAS));
