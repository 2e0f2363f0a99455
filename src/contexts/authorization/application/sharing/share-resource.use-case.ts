import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { auditEntry } from '../../domain/audit-entry';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { checkShareRole, sameGrantee, type Grant, type GranteeKind } from '../../domain/grant';
import type { Membership } from '../../domain/organization';
import type { ResourceType, ResourceRole } from '../../domain/roles';
import type { TeamId } from '../../domain/team';
import type { AuditLog } from '../../ports/audit-log.port';
import type { GrantRepository } from '../../ports/grant-repository.port';
import type { OrganizationRepository } from '../../ports/organization-repository.port';
import type { TeamRepository } from '../../ports/team-repository.port';
import type { WorkspaceItemDirectory } from '../../ports/workspace-item-directory.port';
import type { AccessPolicy } from '../access/access-policy';
import { sharedItem } from './shared-item';

export interface ShareEntry {
  readonly id: string;
  readonly role: string;
}

/** Each list given replaces the shares of that kind; a kind left out keeps its shares. */
export interface ShareInput {
  readonly users?: readonly ShareEntry[];
  readonly teams?: readonly ShareEntry[];
  readonly organizations?: readonly ShareEntry[];
}

const LISTS: ReadonlyArray<[keyof ShareInput, GranteeKind]> = [
  ['users', 'user'],
  ['teams', 'team'],
  ['organizations', 'organization'],
];

export class ShareResource {
  constructor(
    private readonly directory: WorkspaceItemDirectory,
    private readonly grants: GrantRepository,
    private readonly teams: TeamRepository,
    private readonly organizations: OrganizationRepository,
    private readonly audit: AuditLog,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, type: ResourceType, id: string, input: ShareInput): Promise<Result<Grant[], DomainError>> {
    const item = await sharedItem(this.directory, this.policy, principal, type, id);
    if (!item.ok) return item;
    const sharer = await this.organizations.membershipOf(principal.id);
    const now = this.clock.now();
    const wanted: Grant[] = [];
    for (const [list, kind] of LISTS) {
      for (const [index, entry] of (input[list] ?? []).entries()) {
        const role = checkShareRole(type, entry.role, `/body/${list}/${index}/role`);
        if (!role.ok) return role;
        const known = await this.granteeKnown(principal.id, sharer, kind, entry.id);
        if (!known.ok) return known;
        wanted.push(this.grant(item.value.ownerId, type, id, kind, entry.id, role.value, principal.id, now));
      }
    }
    const current = await this.grants.on({ type, id });
    const replaced = current.filter((grant) => LISTS.some(([list, kind]) => input[list] !== undefined && grant.granteeKind === kind));
    const audit = (action: 'grant-created' | 'grant-changed' | 'grant-revoked', grant: Grant, from?: string) =>
      this.audit.record(
        auditEntry(
          { organizationId: sharer?.organizationId ?? null, actorId: principal.id, action, subject: `${type}:${id}`, details: { grantee: `${grant.granteeKind}:${grant.granteeId}`, role: grant.role, ...(from ? { from } : {}) } },
          now,
        ),
      );
    for (const grant of replaced.filter((old) => !wanted.some((g) => sameGrantee(toGrantee(g), toGrantee(old))))) {
      await this.grants.revoke({ type, id }, toGrantee(grant));
      await audit('grant-revoked', grant);
    }
    for (const grant of wanted) {
      const before = current.find((old) => sameGrantee(toGrantee(old), toGrantee(grant)));
      if (before?.role === grant.role) continue;
      await this.grants.save(grant);
      await audit(before ? 'grant-changed' : 'grant-created', grant, before?.role);
    }
    return ok(await this.grants.on({ type, id }));
  }

  /** Teams the sharer belongs to or that belong to their organization; only their own organization. */
  private async granteeKnown(userId: string, sharer: Membership | null, kind: GranteeKind, granteeId: string): Promise<Result<void, DomainError>> {
    if (kind === 'organization' && sharer?.organizationId !== granteeId) return err(AuthorizationErrors.unknownGrantee(kind));
    if (kind === 'team') {
      const team = await this.teams.byId(granteeId as TeamId);
      const reachable = team && ((sharer && team.organizationId === sharer.organizationId) || (await this.teams.membership(team.id, userId)));
      if (!reachable) return err(AuthorizationErrors.unknownGrantee(kind));
    }
    return ok(undefined);
  }

  private grant(ownerId: string, type: ResourceType, id: string, kind: GranteeKind, granteeId: string, role: ResourceRole, by: string, now: Date): Grant {
    return { resourceType: type, resourceId: id, resourceOwnerId: ownerId, granteeKind: kind, granteeId, role, grantedBy: by, grantedAt: now };
  }
}

const toGrantee = (grant: Grant) => ({ kind: grant.granteeKind, id: grant.granteeId });
