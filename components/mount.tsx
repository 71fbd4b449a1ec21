import { type ComponentChildren, render } from 'preact';
import { EcheanceDb } from '../core/db/database';
import { readDisplaySettings } from '../core/db/display';
import type { Language } from '../core/model';
import { LanguageContext } from './i18n/base';

/**
 * Shared start of the extension pages: opens the database, reads the language and the theme,
 * applies them, then renders. Only light modules here: the popup paints with this path.
 */
export async function mountPage(
  root: HTMLElement,
  browserLanguage: Language,
  view: (db: EcheanceDb) => ComponentChildren,
): Promise<void> {
  const db = new EcheanceDb();
  const settings = await readDisplaySettings(db);
  const lang = settings.language === 'auto' ? browserLanguage : settings.language;
  root.ownerDocument.documentElement.lang = lang;
  if (settings.theme !== 'system') root.ownerDocument.documentElement.dataset.theme = settings.theme;
  render(<LanguageContext.Provider value={lang}>{view(db)}</LanguageContext.Provider>, root);
}
