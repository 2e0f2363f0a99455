import { z } from 'zod';
import { CLIENT_THEMES, LANGUAGES, UNITS, type SystemSettings } from '../domain/system-settings';

export const systemSettingsResponse = z.object({
  client_theme: z.enum(CLIENT_THEMES),
  preferred_language: z.enum(LANGUAGES),
  unit: z.enum(UNITS),
});

/** Every field optional: what is left out keeps its value. */
export const systemSettingsBody = systemSettingsResponse.partial();

export const toSystemSettingsResponse = (settings: SystemSettings): z.infer<typeof systemSettingsResponse> => ({
  client_theme: settings.clientTheme,
  preferred_language: settings.preferredLanguage,
  unit: settings.unit,
});
