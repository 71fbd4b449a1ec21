import { type ComponentChildren, render } from 'preact';
import { EcheanceDb, getSettings } from '../core/db';
import type { Language, Settings } from '../core/model';
import { LanguageContext } from './i18n';

/**
 * Shared start of the extension pages: opens the database, reads the settings, applies the
 * language and the theme, then renders.
 */
export async function mountPage(
  root: HTMLElement,
  browserLanguage: Language,
  view: (db: EcheanceDb, settings: Settings) => ComponentChildren,
): Promise<void> {
  const db = new EcheanceDb();
  const settings = await getSettings(db);
  const lang = settings.language === 'auto' ? browserLanguage : settings.language;
  root.ownerDocument.documentElement.lang = lang;
  if (settings.theme !== 'system') root.ownerDocument.documentElement.dataset.theme = settings.theme;
  render(<LanguageContext.Provider value={lang}>{view(db, settings)}</LanguageContext.Provider>, root);
}
