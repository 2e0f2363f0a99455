import { pageInMemory, type Page, type PageRequest } from '../../../../../shared-kernel/paging';
import { ANONYMISED_ACTOR, type AuditEntry } from '../../../domain/audit-entry';
import type { AuditLog } from '../../../ports/audit-log.port';

export class InMemoryAuditLog implements AuditLog {
  private rows: AuditEntry[] = [];

  async record(entry: AuditEntry): Promise<void> {
    this.rows.push(structuredClone(entry));
  }

  async ofOrganization(organizationId: string, page: PageRequest): Promise<Page<AuditEntry>> {
    const all = this.rows
      .filter((entry) => entry.organizationId === organizationId)
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : -1));
    return pageInMemory(all.map((entry) => structuredClone(entry)), page);
  }

  async deleteOfOrganization(organizationId: string): Promise<void> {
    this.rows = this.rows.filter((entry) => entry.organizationId !== organizationId);
  }

  async anonymiseActor(userId: string): Promise<void> {
    this.rows = this.rows.map((entry) => (entry.actorId === userId ? { ...entry, actorId: ANONYMISED_ACTOR } : entry));
  }
}
