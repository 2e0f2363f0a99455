import type { SystemSettings } from '../domain/system-settings';

/** Each user's system settings; absent until the user first changes one. */
export interface UserSettingsRepository {
  of(userId: string): Promise<SystemSettings | null>;
  save(settings: SystemSettings): Promise<void>;
  deleteOf(userId: string): Promise<void>;
}

export const USER_SETTINGS_REPOSITORY: unique symbol = Symbol('UserSettingsRepository');
