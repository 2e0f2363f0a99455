import { randomUUID } from 'node:crypto';
import type { SystemSettings } from '../../../src/contexts/identity/domain/system-settings';
import type { UserSettingsRepository } from '../../../src/contexts/identity/ports/user-settings-repository.port';

/** One behaviour for every UserSettingsRepository (memory in unit, PostgreSQL in integration). */
export function describeUserSettingsRepositoryContract(
  name: string,
  makeRepository: () => Promise<UserSettingsRepository> | UserSettingsRepository,
): void {
  describe(`UserSettingsRepository contract: ${name}`, () => {
    let repository: UserSettingsRepository;
    let userId: string;
    beforeEach(async () => {
      repository = await makeRepository();
      userId = randomUUID();
    });

    it('answers null for a user who never saved settings', async () => {
      expect(await repository.of(userId)).toBeNull();
    });

    it('stores, replaces and reads back settings', async () => {
      const dark: SystemSettings = { userId, clientTheme: 'dark', preferredLanguage: 'de', unit: 'imperial' };
      await repository.save(dark);
      expect(await repository.of(userId)).toEqual(dark);
      const light: SystemSettings = { ...dark, clientTheme: 'light' };
      await repository.save(light);
      expect(await repository.of(userId)).toEqual(light);
    });

    it('keeps each user\'s settings apart and deletes one user\'s only', async () => {
      const other = randomUUID();
      await repository.save({ userId, clientTheme: 'dark', preferredLanguage: 'en', unit: 'metric' });
      await repository.save({ userId: other, clientTheme: 'light', preferredLanguage: 'de', unit: 'metric' });
      await repository.deleteOf(userId);
      expect(await repository.of(userId)).toBeNull();
      expect((await repository.of(other))?.preferredLanguage).toBe('de');
    });
  });
}
