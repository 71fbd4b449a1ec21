import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../../core/model';
import { en } from './en';
import { fr, type MessageKey } from './fr';

export type { MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { fr, en };

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
