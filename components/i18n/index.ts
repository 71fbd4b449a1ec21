import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../../core/model';
import { backupEn, backupFr } from '../backup/i18n';
import { dashboardEn, dashboardFr } from '../dashboard/i18n';
import { importEn, importFr } from '../import/i18n';
import { settingsEn, settingsFr } from '../settings/i18n';
import { en } from './en';
import { fr } from './fr';

/** Each area keeps its own pair of dictionaries; French is the reference for the keys. */
const frAll = { ...fr, ...dashboardFr, ...settingsFr, ...importFr, ...backupFr };
export type MessageKey = keyof typeof frAll;
const enAll: Record<MessageKey, string> = { ...en, ...dashboardEn, ...settingsEn, ...importEn, ...backupEn };
export const dictionaries: Record<Language, Record<MessageKey, string>> = { fr: frAll, en: enAll };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Values are inserted as text by Preact, never as markup. */
export function translator(lang: Language): Translate {
  const dict = dictionaries[lang];
  return (key, values) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
}

export const LanguageContext = createContext<Language>('fr');

export function useT(): { t: Translate; lang: Language } {
  const lang = useContext(LanguageContext);
  return { t: translator(lang), lang };
}
