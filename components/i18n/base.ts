import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { common } from '../../core/i18n/catalogue/common';
import { files } from '../../core/i18n/catalogue/files';
import { popup } from '../../core/i18n/catalogue/popup';
import { type Catalogue, type Translate, translator } from '../../core/i18n/translate';
import type { Language } from '../../core/model';

/**
 * What the popup paints with (its table, today's actions, the page detection): three areas of the
 * catalogue, not the whole, so its first script stays small (issue #11). Same translator as
 * components/i18n.
 */
const popupCatalogue = { ...common, ...files, ...popup };
export type BaseKey = keyof typeof popupCatalogue;
export type BaseTranslate = Translate<typeof popupCatalogue>;

export const LanguageContext = createContext<Language>('fr');

export function useBaseT(): { t: BaseTranslate; lang: Language } {
  const lang = useContext(LanguageContext);
  return { t: translator(popupCatalogue, lang), lang };
}

/**
 * One area of the catalogue on its own, for a part that loads on demand with its own words (the
 * bank screens, the CSV import's progress): the dashboard's first script does not carry them.
 */
export function useAreaT<C extends Catalogue>(area: C): { t: Translate<C>; lang: Language } {
  const lang = useContext(LanguageContext);
  return { t: translator(area, lang), lang };
}
