import type { ComponentChildren } from 'preact';
import { EcheanceDb } from '../core/db/database';
import { readDisplaySettings } from '../core/db/display';
import type { Language } from '../core/model';
import { paintPage } from './paint';

/**
 * Shared start of the dashboard: opens the database, reads the language and the theme,
 * applies them, then renders. (The popup paints before it opens Dexie: entrypoints/popup.)
 */
export async function mountPage(
  root: HTMLElement,
  browserLanguage: Language,
  view: (db: EcheanceDb) => ComponentChildren,
): Promise<void> {
  const db = new EcheanceDb();
  paintPage(root, await readDisplaySettings(db), browserLanguage, view(db));
}
