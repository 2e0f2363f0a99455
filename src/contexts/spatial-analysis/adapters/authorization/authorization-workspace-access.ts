import type { DependencyContainer } from 'tsyringe';
import type { Principal } from '../../../../shared-kernel/principal';
import { ACCESS_POLICY, WORKSPACE_ITEM_DIRECTORY, type AccessPolicy, type Permission } from '../../../authorization';
import { ReferenceDataWorkspaceAccess } from '../access/reference-data-workspace-access';
import { WORKSPACE_ACCESS, type AccessDecision, type WorkspaceAccess, type WorkspaceAction, type WorkspaceResource } from '../../ports/workspace-access.port';
import { SHARED_ITEMS } from '../../ports/shared-items.port';
import { AuthorizationSharedItems } from './authorization-shared-items';
import { SpatialAnalysisWorkspaceItems } from './spatial-analysis-workspace-items';

/**
 * Spatial analysis asks the authorization context's policy decision point: owner, shares (direct,
 * team, organization, inherited from the folder), published projects, plan suspension, superusers.
 */
export class AuthorizationWorkspaceAccess implements WorkspaceAccess {
  constructor(private readonly policy: () => AccessPolicy) {}

  async decide(principal: Principal, action: WorkspaceAction, resource: WorkspaceResource): Promise<AccessDecision> {
    const permission = `${action}-${resource.type}` as Permission;
    const decision = await this.policy().authorize(principal, permission, { ...resource });
    return decision.allowed ? { allowed: true } : { allowed: false, reason: decision.reason };
  }

  forget(resource: Pick<WorkspaceResource, 'type' | 'id'>): Promise<void> {
    return this.policy().forget({ type: resource.type, id: resource.id });
  }
}

/**
 * Binds spatial analysis to authorization: every workspace decision goes to the policy (shared
 * reference data excepted, see ReferenceDataWorkspaceAccess), and the share
 * endpoints learn owner and folder of an item from spatial analysis's repositories; lists add what
 * others shared with the caller. Resolved lazily,
 * so registration order and test overrides do not matter.
 */
export function useAuthorizationForWorkspace(container: DependencyContainer): void {
  const accessPolicy = () => container.resolve<AccessPolicy>(ACCESS_POLICY);
  const policy = new AuthorizationWorkspaceAccess(accessPolicy);
  container.register(WORKSPACE_ACCESS, { useValue: new ReferenceDataWorkspaceAccess(policy) });
  container.register(SHARED_ITEMS, { useValue: new AuthorizationSharedItems(accessPolicy) });
  container.register(WORKSPACE_ITEM_DIRECTORY, { useValue: new SpatialAnalysisWorkspaceItems(container) });
}
