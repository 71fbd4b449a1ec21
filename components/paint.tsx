import { type ComponentChildren, render } from 'preact';
import type { DisplaySettings } from '../core/db/display';
import type { Language } from '../core/model';
import { LanguageContext } from './i18n/base';

/**
 * Applies the language and the theme to the page, then renders. No database here: the popup
 * paints with this once its first rows are read (mount.tsx for the pages that open Dexie first).
 */
export function paintPage(
  root: HTMLElement,
  settings: DisplaySettings,
  browserLanguage: Language,
  view: ComponentChildren,
): void {
  const lang = settings.language === 'auto' ? browserLanguage : settings.language;
  root.ownerDocument.documentElement.lang = lang;
  if (settings.theme !== 'system') root.ownerDocument.documentElement.dataset.theme = settings.theme;
  render(<LanguageContext.Provider value={lang}>{view}</LanguageContext.Provider>, root);
}
