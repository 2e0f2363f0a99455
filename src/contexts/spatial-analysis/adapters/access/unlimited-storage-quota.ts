import type { StorageQuota } from '../../ports/layers/storage-quota.port';

/** Until the authorization context has organizations and plans, storage is not limited. */
export class UnlimitedStorageQuota implements StorageQuota {
  async allows(): Promise<boolean> {
    return true;
  }
}
