import type { Principal } from '../../../shared-kernel/principal';
import { defaultSettingsOf, type SystemSettings } from '../domain/system-settings';
import type { UserSettingsRepository } from '../ports/user-settings-repository.port';

export class GetSystemSettings {
  constructor(private readonly settings: UserSettingsRepository) {}

  async execute(principal: Principal): Promise<SystemSettings> {
    return (await this.settings.of(principal.id)) ?? defaultSettingsOf(principal.id);
  }
}
