import type { Clock } from '../../../../shared-kernel/clock';
import { isSuperuser, type Principal } from '../../../../shared-kernel/principal';
import { auditEntry } from '../../domain/audit-entry';
import { effectiveRole } from '../../domain/effective-role';
import { isReadPermission, type Permission } from '../../domain/permissions';
import { allow, deny, type AccessDecision, type ProtectedResource, type WorkspaceItem } from '../../domain/protected-resource';
import { isResourceType, levelOf, resourceRole, type Role } from '../../domain/roles';
import type { TeamId } from '../../domain/team';
import type { AuditLog } from '../../ports/audit-log.port';
import type { GrantRepository, ResourceKey } from '../../ports/grant-repository.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { PermissionCatalogue } from '../../ports/permission-catalogue.port';
import type { SubscriptionRepository } from '../../ports/subscription-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { AccessPolicy, SharedResource } from './access-policy';
import { accountOf, callerFacts, type CallerFacts } from './caller-facts';

const READ_OF: Record<ProtectedResource['type'], Permission | null> = {
  folder: 'read-folder',
  project: 'read-project',
  layer: 'read-layer',
  organization: 'read-organization',
  team: 'read-team',
  workspace: null,
};

const isWorkspaceItem = (resource: ProtectedResource): resource is WorkspaceItem => isResourceType(resource.type);

/**
 * Decides from data: the caller's role on the resource (the highest of owner, direct, team,
 * organization, inherited folder grant and public read), then the permission table, then the
 * subscription (a suspended organization only reads). Superusers pass, and it is audited.
 */
export class PolicyDecisionPoint implements AccessPolicy {
  constructor(
    private readonly catalogue: PermissionCatalogue,
    private readonly organizations: OrganizationRepository,
    private readonly teams: TeamRepository,
    private readonly grants: GrantRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async authorize(principal: Principal, action: Permission, resource: ProtectedResource): Promise<AccessDecision> {
    if (isWorkspaceItem(resource) && resource.ownerId === principal.id && (await this.allowsOwner(principal.id, action, resource))) return allow();
    const caller = await callerFacts(principal.id, this.organizations, this.teams);
    const decision = await this.decide(principal, caller, action, resource);
    if (decision.allowed || !isSuperuser(principal)) return decision;
    await this.audit.record(
      auditEntry(
        {
          organizationId: await this.organizationOf(resource, caller),
          actorId: principal.id,
          action: 'superuser-override',
          subject: 'id' in resource ? `${resource.type}:${resource.id}` : resource.type,
          details: { permission: action, denied_because: decision.reason },
        },
        this.clock.now(),
      ),
    );
    return allow();
  }

  async forget(resource: ResourceKey): Promise<void> {
    await this.grants.deleteOn(resource);
  }

  async sharedWith(principal: Principal): Promise<SharedResource[]> {
    const caller = await callerFacts(principal.id, this.organizations, this.teams);
    const best = new Map<string, SharedResource>();
    for (const grant of await this.grants.heldBy(caller.grantees)) {
      if (grant.resourceOwnerId === principal.id) continue;
      const level = levelOf(grant.role, grant.resourceType);
      if (level !== 'viewer' && level !== 'editor') continue;
      const key = `${grant.resourceType}:${grant.resourceId}`;
      if (best.get(key)?.level !== 'editor') best.set(key, { type: grant.resourceType, id: grant.resourceId, level });
    }
    return [...best.values()];
  }

  private async decide(principal: Principal, caller: CallerFacts, action: Permission, resource: ProtectedResource): Promise<AccessDecision> {
    const table = await this.catalogue.table();
    const role = await this.roleOn(principal.id, caller, resource);
    if (!table.grants(role, action)) {
      const read = READ_OF[resource.type];
      const readable = read === null || read === action ? false : table.grants(role, read);
      return readable || resource.type === 'workspace'
        ? deny('not-permitted', `Your role ${role ?? '(none)'} does not include ${action}.`)
        : deny('not-readable', 'Not found.');
    }
    if (!isReadPermission(action)) {
      const subscription = await this.subscriptions.of(accountOf(principal.id, caller.membership));
      if (subscription?.suspended) return deny('suspended', 'The organization is suspended: it can read but not change anything.');
    }
    return allow();
  }

  /**
   * The owner's role on their own item is the highest there is, whatever else is granted, so no grant
   * or team is looked up; a read needs no subscription either (a suspended organization still reads).
   * Only ever allows what the full decision allows; anything else is left to it.
   */
  private async allowsOwner(userId: string, action: Permission, item: WorkspaceItem): Promise<boolean> {
    if (!(await this.catalogue.table()).grants(resourceRole(item.type, 'owner'), action)) return false;
    if (isReadPermission(action)) return true;
    const membership = await this.organizations.membershipOf(userId);
    return !(await this.subscriptions.of(accountOf(userId, membership)))?.suspended;
  }

  private async roleOn(userId: string, caller: CallerFacts, resource: ProtectedResource): Promise<Role | null> {
    switch (resource.type) {
      case 'workspace':
        // Without an organization, a user is the owner of their personal space.
        return caller.membership?.role ?? 'organization-owner';
      case 'organization':
        return caller.membership?.organizationId === resource.id ? caller.membership.role : null;
      case 'team':
        return (await this.teams.membership(resource.id as TeamId, userId))?.role ?? null;
      default: {
        const keys: ResourceKey[] = [{ type: resource.type, id: resource.id }];
        if (resource.folderId && resource.type !== 'folder') keys.push({ type: 'folder', id: resource.folderId });
        const held = await this.grants.held(keys, caller.grantees);
        return effectiveRole({
          type: resource.type,
          isOwner: resource.ownerId === userId,
          grantedRoles: held.filter((g) => g.resourceType === resource.type && g.resourceId === resource.id).map((g) => g.role),
          folderRoles: held.filter((g) => g.resourceType === 'folder' && g.resourceId === resource.folderId && resource.type !== 'folder').map((g) => g.role),
          published: resource.published ?? false,
        });
      }
    }
  }

  private async organizationOf(resource: ProtectedResource, caller: CallerFacts): Promise<string | null> {
    if (resource.type === 'organization') return resource.id;
    if (resource.type === 'team') return (await this.teams.byId(resource.id as TeamId))?.organizationId ?? null;
    return caller.membership?.organizationId ?? null;
  }
}
