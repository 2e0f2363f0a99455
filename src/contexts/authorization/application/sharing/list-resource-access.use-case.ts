import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { Grant } from '../../domain/grant';
import type { WorkspaceItem } from '../../domain/protected-resource';
import type { ResourceType } from '../../domain/roles';
import type { GrantRepository } from '../../ports/grant-repository.port';
import type { WorkspaceItemDirectory } from '../../ports/workspace-item-directory.port';
import type { AccessPolicy } from '../access/access-policy';
import { sharedItem } from './shared-item';

export interface ResourceAccess {
  readonly item: WorkspaceItem;
  readonly grants: Grant[];
}

/** Who has access besides the owner (shown to those who manage the shares). */
export class ListResourceAccess {
  constructor(
    private readonly directory: WorkspaceItemDirectory,
    private readonly grants: GrantRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(principal: Principal, type: ResourceType, id: string): Promise<Result<ResourceAccess, DomainError>> {
    const item = await sharedItem(this.directory, this.policy, principal, type, id);
    if (!item.ok) return item;
    return ok({ item: item.value, grants: await this.grants.on({ type, id }) });
  }
}
