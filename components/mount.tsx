import { type ComponentChildren, render } from 'preact';
import { EcheanceDb } from '../core/db/database';
import { readDisplaySettings } from '../core/db/display';
import type { Language } from '../core/model';
import { LanguageContext } from './i18n/base';

/**
 * Shared start of the extension pages: opens the database, reads the language and the theme,
 * applies them, then renders. Only light modules here: the popup paints with this path.
 * `preload` reads what the first screen shows at the same time as the settings, so the first
 * render has it (a failure there only means the page reads it itself, live).
 */
export async function mountPage<P>(
  root: HTMLElement,
  browserLanguage: Language,
  view: (db: EcheanceDb, preloaded: P | undefined) => ComponentChildren,
  preload?: (db: EcheanceDb) => Promise<P>,
): Promise<void> {
  const db = new EcheanceDb();
  const [settings, preloaded] = await Promise.all([
    readDisplaySettings(db),
    preload?.(db).catch((e: unknown) => {
      console.error('[Échéance] lecture anticipée impossible', e);
      return undefined;
    }),
  ]);
  const lang = settings.language === 'auto' ? browserLanguage : settings.language;
  root.ownerDocument.documentElement.lang = lang;
  if (settings.theme !== 'system') root.ownerDocument.documentElement.dataset.theme = settings.theme;
  render(<LanguageContext.Provider value={lang}>{view(db, preloaded)}</LanguageContext.Provider>, root);
}
