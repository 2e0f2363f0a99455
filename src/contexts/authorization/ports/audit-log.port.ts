import type { Page, PageRequest } from '../../../shared-kernel/paging';
import type { AuditEntry } from '../domain/audit-entry';

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  ofOrganization(organizationId: string, page: PageRequest): Promise<Page<AuditEntry>>;
  deleteOfOrganization(organizationId: string): Promise<void>;
  /** A deleted user's actions stay in the log, no longer naming them. */
  anonymiseActor(userId: string): Promise<void>;
}

export const AUDIT_LOG: unique symbol = Symbol('AuditLog');
