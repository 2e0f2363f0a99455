import type { EntityManager } from '@mikro-orm/core';
import { offsetOf, pageOf, type Page, type PageRequest } from '../../../../../shared-kernel/paging';
import { ANONYMISED_ACTOR, type AuditAction, type AuditEntry, type AuditEntryId } from '../../../domain/audit-entry';
import type { AuditLog } from '../../../ports/audit-log.port';
import { AuditEntrySchema, type AuditEntryRecord } from './audit-entry.entity';

const toEntry = (r: AuditEntryRecord): AuditEntry => ({
  id: r.id as AuditEntryId,
  organizationId: r.organizationId,
  actorId: r.actorId,
  action: r.action as AuditAction,
  subject: r.subject,
  details: r.details,
  occurredAt: new Date(r.occurredAt),
});

export class MikroOrmAuditLog implements AuditLog {
  constructor(private readonly em: EntityManager) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.em.fork().insert(AuditEntrySchema, { ...entry, details: { ...entry.details } });
  }

  async ofOrganization(organizationId: string, page: PageRequest): Promise<Page<AuditEntry>> {
    const [records, total] = await this.em.fork().findAndCount(
      AuditEntrySchema,
      { organizationId },
      { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: page.size, offset: offsetOf(page) },
    );
    return pageOf(records.map(toEntry), total, page);
  }

  async deleteOfOrganization(organizationId: string): Promise<void> {
    await this.em.fork().nativeDelete(AuditEntrySchema, { organizationId });
  }

  async anonymiseActor(userId: string): Promise<void> {
    await this.em.fork().nativeUpdate(AuditEntrySchema, { actorId: userId }, { actorId: ANONYMISED_ACTOR });
  }
}
