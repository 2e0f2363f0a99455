import type { Principal } from '../../../../shared-kernel/principal';
import { isReferenceData } from '../../application/layers/base-street-network-layer';
import type { AccessDecision, WorkspaceAccess, WorkspaceAction, WorkspaceResource } from '../../ports/workspace-access.port';

/**
 * Shared reference data (what the system owns, today the base street network) is decided here,
 * before any per-user policy: its layers are readable by every signed-in user, and nothing of it is
 * changed or deleted through the API by anyone (superusers too; `network:import` replaces it).
 * Everything else goes to the wrapped access.
 */
export class ReferenceDataWorkspaceAccess implements WorkspaceAccess {
  constructor(private readonly next: WorkspaceAccess) {}

  async decide(principal: Principal, action: WorkspaceAction, resource: WorkspaceResource): Promise<AccessDecision> {
    if (!isReferenceData(resource)) return this.next.decide(principal, action, resource);
    if (action !== 'read') return { allowed: false, reason: 'shared reference data is read-only' };
    return resource.type === 'layer' ? { allowed: true } : this.next.decide(principal, action, resource);
  }

  forget(resource: Pick<WorkspaceResource, 'type' | 'id'>): Promise<void> {
    return this.next.forget(resource);
  }
}
