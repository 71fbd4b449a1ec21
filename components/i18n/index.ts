import { useContext } from 'preact/hooks';
import type { Language } from '../../core/model';
import { lawEn, lawFr } from '../actions/law-i18n';
import { routesEn, routesFr } from '../actions/routes-i18n';
import { backupEn, backupFr } from '../backup/i18n';
import { dashboardEn, dashboardFr } from '../dashboard/i18n';
import { importEn, importFr } from '../import/i18n';
import { settingsEn, settingsFr } from '../settings/i18n';
import { LanguageContext, type Translator, translateWith } from './base';
import { en } from './en';
import { fr } from './fr';

export { LanguageContext } from './base';

/** Each area keeps its own pair of dictionaries; French is the reference for the keys. */
const frAll = { ...fr, ...dashboardFr, ...settingsFr, ...importFr, ...routesFr, ...backupFr, ...lawFr };
export type MessageKey = keyof typeof frAll;
const enAll: Record<MessageKey, string> = {
  ...en,
  ...dashboardEn,
  ...settingsEn,
  ...importEn,
  ...routesEn,
  ...backupEn,
  ...lawEn,
};
export const dictionaries: Record<Language, Record<MessageKey, string>> = { fr: frAll, en: enAll };

export type Translate = Translator<MessageKey>;

/** Values are inserted as text by Preact, never as markup. */
export function translator(lang: Language): Translate {
  return translateWith(dictionaries[lang]);
}

export function useT(): { t: Translate; lang: Language } {
  const lang = useContext(LanguageContext);
  return { t: translator(lang), lang };
}
