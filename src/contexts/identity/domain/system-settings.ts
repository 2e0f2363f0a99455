/** How a planner wants the client to look and measure; one set per user, GOAT's `system_setting`. */
export const CLIENT_THEMES = ['light', 'dark'] as const;
export const LANGUAGES = ['en', 'de'] as const;
export const UNITS = ['metric', 'imperial'] as const;

export type ClientTheme = (typeof CLIENT_THEMES)[number];
export type Language = (typeof LANGUAGES)[number];
export type Unit = (typeof UNITS)[number];

export interface SystemSettings {
  readonly userId: string;
  readonly clientTheme: ClientTheme;
  readonly preferredLanguage: Language;
  readonly unit: Unit;
}

export type SystemSettingsChanges = Partial<Omit<SystemSettings, 'userId'>>;

export const defaultSettingsOf = (userId: string): SystemSettings => ({
  userId,
  clientTheme: 'light',
  preferredLanguage: 'en',
  unit: 'metric',
});

export const withSettingsChanges = (settings: SystemSettings, changes: SystemSettingsChanges): SystemSettings => ({
  ...settings,
  ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  userId: settings.userId,
});
