import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import type { AuditEntry } from '../../domain/audit-entry';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import type { OrganizationId } from '../../domain/organization';
import type { AuditLog } from '../../ports/audit-log.port';
import type { AccessPolicy } from '../access/access-policy';
import { requirePermission } from '../access/require-permission';

export class ReadAuditLog {
  constructor(
    private readonly audit: AuditLog,
    private readonly policy: AccessPolicy,
  ) {}

  async execute(principal: Principal, id: OrganizationId, page: PageRequest): Promise<Result<Page<AuditEntry>, DomainError>> {
    const allowed = await requirePermission(this.policy, principal, 'read-audit', { type: 'organization', id }, AuthorizationErrors.organizationNotFound);
    if (!allowed.ok) return allowed;
    return ok(await this.audit.ofOrganization(id, page));
  }
}
