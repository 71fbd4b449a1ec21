/** The one settings row: read through its schema (defaults for fields added since), written whole. */
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../model';
import type { EcheanceDb } from './database';

export async function getSettings(db: EcheanceDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  return row ? SettingsSchema.parse(row.value) : DEFAULT_SETTINGS;
}

export async function saveSettings(db: EcheanceDb, settings: Settings): Promise<void> {
  await db.settings.put({ key: 'settings', value: settings });
}
