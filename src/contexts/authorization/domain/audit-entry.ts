import { newId, type Id } from '../../../shared-kernel/ids';

/** What a deleted user's entries name as their actor. */
export const ANONYMISED_ACTOR = 'deleted-user';

export type AuditEntryId = Id<'AuditEntry'>;

export type AuditAction =
  | 'grant-created'
  | 'grant-changed'
  | 'grant-revoked'
  | 'member-added'
  | 'member-role-changed'
  | 'member-removed'
  | 'ownership-transferred'
  | 'superuser-override';

/** Who did what, when; read by the organization's admins. */
export interface AuditEntry {
  readonly id: AuditEntryId;
  /** The organization whose admins may read it; null for actions outside any organization. */
  readonly organizationId: string | null;
  readonly actorId: string;
  readonly action: AuditAction;
  readonly subject: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly occurredAt: Date;
}

export const auditEntry = (
  input: Omit<AuditEntry, 'id' | 'occurredAt' | 'details'> & { details?: Record<string, unknown> },
  now: Date,
): AuditEntry => ({ id: newId<'AuditEntry'>(), details: {}, ...input, occurredAt: now });
