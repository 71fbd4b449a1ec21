/**
 * The two settings a page needs before it paints (language and theme), read without zod so
 * the popup's first paint does not load the schemas. The row was validated when it was
 * written (the background parses every settings change); anything unexpected reads as the
 * default, as a missing row does. tests/unit/db/display.test.ts keeps these lists equal to
 * the SettingsSchema enums.
 */
import type { Settings } from '../model';
import type { EcheanceDb } from './database';

export type DisplaySettings = Pick<Settings, 'language' | 'theme'>;

export const LANGUAGE_CHOICES: readonly Settings['language'][] = ['auto', 'fr', 'en'];
export const THEME_CHOICES: readonly Settings['theme'][] = ['system', 'light', 'dark'];

const pick = <T extends string>(choices: readonly T[], value: unknown, fallback: T): T =>
  choices.includes(value as T) ? (value as T) : fallback;

export async function readDisplaySettings(db: EcheanceDb): Promise<DisplaySettings> {
  return displayOf((await db.settings.get('settings'))?.value);
}

/** The language and theme of a stored settings row (first-read.ts reads it without Dexie). */
export function displayOf(stored: unknown): DisplaySettings {
  const value = stored as Partial<Record<string, unknown>> | undefined;
  return {
    language: pick(LANGUAGE_CHOICES, value?.language, 'auto'),
    theme: pick(THEME_CHOICES, value?.theme, 'system'),
  };
}
