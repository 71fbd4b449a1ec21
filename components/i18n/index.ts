import { useContext } from 'preact/hooks';
import { catalogue, type MessageKey } from '../../core/i18n/catalogue';
import {
  type PlainKey as PlainKeyOf,
  type Translate as TranslateOver,
  translator as translatorOver,
} from '../../core/i18n/translate';
import type { Language } from '../../core/model';
import { LanguageContext } from './base';

export { LanguageContext } from './base';
export type { MessageKey };
/** A key whose text takes no value (see core/i18n/translate). */
export type PlainKey = PlainKeyOf<typeof catalogue>;

/** The whole UI's translator (core/i18n), over the whole catalogue. */
export type Translate = TranslateOver<typeof catalogue>;

export function translator(lang: Language): Translate {
  return translatorOver(catalogue, lang);
}

export function useT(): { t: Translate; lang: Language } {
  const lang = useContext(LanguageContext);
  return { t: translator(lang), lang };
}
