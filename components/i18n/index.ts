import { useContext } from 'preact/hooks';
import { backup } from '../../core/i18n/catalogue/backup';
import { checks } from '../../core/i18n/catalogue/checks';
import { common } from '../../core/i18n/catalogue/common';
import { dashboard } from '../../core/i18n/catalogue/dashboard';
import { files } from '../../core/i18n/catalogue/files';
import { law } from '../../core/i18n/catalogue/law';
import { routes } from '../../core/i18n/catalogue/routes';
import { settings } from '../../core/i18n/catalogue/settings';
import {
  type PlainKey as PlainKeyOf,
  type Translate as TranslateOver,
  translator as translatorOver,
} from '../../core/i18n/translate';
import type { Language } from '../../core/model';
import { LanguageContext } from './base';

export { LanguageContext, useAreaT } from './base';

/**
 * The areas of the catalogue (core/i18n/catalogue) the pages share. The bank screens, the CSV
 * import's progress, the Gmail card, the rate field and the notifications take their own area
 * through the same translator (useAreaT, or core's), so the dashboard's first script stays small.
 */
const pages = { ...common, ...files, ...dashboard, ...settings, ...routes, ...backup, ...law, ...checks };
export type MessageKey = keyof typeof pages;
/** A key whose text takes no value (see core/i18n/translate). */
export type PlainKey = PlainKeyOf<typeof pages>;
export type Translate = TranslateOver<typeof pages>;

export function translator(lang: Language): Translate {
  return translatorOver(pages, lang);
}

export function useT(): { t: Translate; lang: Language } {
  const lang = useContext(LanguageContext);
  return { t: translator(lang), lang };
}
