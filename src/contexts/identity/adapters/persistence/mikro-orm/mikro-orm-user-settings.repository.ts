import type { EntityManager } from '@mikro-orm/core';
import type { ClientTheme, Language, SystemSettings, Unit } from '../../../domain/system-settings';
import type { UserSettingsRepository } from '../../../ports/user-settings-repository.port';
import { UserSettingsSchema } from './user-settings.entity';

export class MikroOrmUserSettingsRepository implements UserSettingsRepository {
  constructor(private readonly em: EntityManager) {}

  async of(userId: string): Promise<SystemSettings | null> {
    const record = await this.em.fork().findOne(UserSettingsSchema, { userId });
    if (!record) return null;
    return {
      userId: record.userId,
      clientTheme: record.clientTheme as ClientTheme,
      preferredLanguage: record.preferredLanguage as Language,
      unit: record.unit as Unit,
    };
  }

  async save(settings: SystemSettings): Promise<void> {
    await this.em.fork().upsert(UserSettingsSchema, { ...settings });
  }

  async deleteOf(userId: string): Promise<void> {
    await this.em.fork().nativeDelete(UserSettingsSchema, { userId });
  }
}
