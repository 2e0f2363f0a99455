import type { IntegrationEvent } from '../../../shared-kernel/event-bus.port';

/** Published when a user deletes their account: every context erases that user's data. */
export interface UserDeleted extends IntegrationEvent {
  readonly type: 'identity.user-deleted';
  readonly userId: string;
}

export const USER_DELETED = 'identity.user-deleted' as const;
