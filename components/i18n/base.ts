import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../../core/model';
import { en } from './en';
import { fr } from './fr';

/**
 * The common catalogue alone (popup, actions, invoice table), for pages that must paint before
 * loading the dashboard's and the settings' texts. Same translator as components/i18n, which
 * merges every area on top of these keys.
 */
export type BaseKey = keyof typeof fr;
export type BaseTranslate = (key: BaseKey, values?: Record<string, string | number>) => string;

export const LanguageContext = createContext<Language>('fr');

/** Values are inserted as text by Preact, never as markup. */
export function translateWith<K extends string>(dict: Record<K, string>): Translator<K> {
  return (key, values) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
}
export type Translator<K extends string> = (key: K, values?: Record<string, string | number>) => string;

const base: Record<Language, Record<BaseKey, string>> = { fr, en };

export function useBaseT(): { t: BaseTranslate; lang: Language } {
  const lang = useContext(LanguageContext);
  return { t: translateWith(base[lang]), lang };
}
