import type { Principal } from '../../../shared-kernel/principal';
import { defaultSettingsOf, withSettingsChanges, type SystemSettings, type SystemSettingsChanges } from '../domain/system-settings';
import type { UserSettingsRepository } from '../ports/user-settings-repository.port';

/** Settings left out of the request keep their current value. */
export class UpdateSystemSettings {
  constructor(private readonly settings: UserSettingsRepository) {}

  async execute(principal: Principal, changes: SystemSettingsChanges): Promise<SystemSettings> {
    const current = (await this.settings.of(principal.id)) ?? defaultSettingsOf(principal.id);
    const updated = withSettingsChanges(current, changes);
    await this.settings.save(updated);
    return updated;
  }
}
