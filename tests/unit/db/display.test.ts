import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EcheanceDb,
  LANGUAGE_CHOICES,
  readDisplaySettings,
  saveSettings,
  THEME_CHOICES,
} from '../../../core/db';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../core/model';

const opened: EcheanceDb[] = [];
const open = () => {
  const db = new EcheanceDb(`display-${opened.length}-${Date.now()}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('readDisplaySettings (zod-free, for the first paint)', () => {
  it('knows exactly the choices the settings schema accepts', () => {
    expect([...LANGUAGE_CHOICES]).toEqual(SettingsSchema.shape.language.unwrap().options);
    expect([...THEME_CHOICES]).toEqual(SettingsSchema.shape.theme.unwrap().options);
  });

  it('reads the defaults when nothing is stored', async () => {
    expect(await readDisplaySettings(open())).toEqual({ language: 'auto', theme: 'system' });
  });

  it('reads the saved language and theme', async () => {
    const db = open();
    await saveSettings(db, { ...DEFAULT_SETTINGS, language: 'en', theme: 'dark' });
    expect(await readDisplaySettings(db)).toEqual({ language: 'en', theme: 'dark' });
  });

  it('reads anything unexpected as the default', async () => {
    const db = open();
    await db.settings.put({ key: 'settings', value: { language: 'de', theme: 42 } as never });
    expect(await readDisplaySettings(db)).toEqual({ language: 'auto', theme: 'system' });
  });
});
