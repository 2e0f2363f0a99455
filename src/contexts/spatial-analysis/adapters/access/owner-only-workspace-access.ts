import { isSuperuser, type Principal } from '../../../../shared-kernel/principal';
import type { AccessDecision, WorkspaceAccess, WorkspaceResource } from '../../ports/workspace-access.port';

/** Each user sees and changes only what they own (superusers excepted). */
export class OwnerOnlyWorkspaceAccess implements WorkspaceAccess {
  async decide(principal: Principal, _action: string, resource: WorkspaceResource): Promise<AccessDecision> {
    if (resource.ownerId === principal.id || isSuperuser(principal)) return { allowed: true };
    return { allowed: false, reason: 'not the owner' };
  }

  /** Nothing is ever shared here, so nothing is left to forget. */
  async forget(): Promise<void> {
    return undefined;
  }
}
