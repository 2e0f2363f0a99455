import type { SystemSettings } from '../../../domain/system-settings';
import type { UserSettingsRepository } from '../../../ports/user-settings-repository.port';

export class InMemoryUserSettingsRepository implements UserSettingsRepository {
  private readonly rows = new Map<string, SystemSettings>();

  async of(userId: string): Promise<SystemSettings | null> {
    const row = this.rows.get(userId);
    return row ? { ...row } : null;
  }

  async save(settings: SystemSettings): Promise<void> {
    this.rows.set(settings.userId, { ...settings });
  }

  async deleteOf(userId: string): Promise<void> {
    this.rows.delete(userId);
  }
}
